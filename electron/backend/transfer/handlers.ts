import type { AreaHandlers } from '../../../shared/api/contract';
import type { TransferService } from './service';

export function transferHandlers(transfer: TransferService): AreaHandlers<'transfer'> {
  return {
    'transfer.export': ({ password }) => transfer.export(password),
    'transfer.preview': (input) => transfer.preview(input),
    'transfer.import': (input) => transfer.import(input),
  };
}
