import type { AreaHandlers } from '../../../shared/api/contract';
import type { ExchangeService } from './service';

export function exchangeHandlers(exchange: ExchangeService): AreaHandlers<'exchange'> {
  return {
    'exchange.identity': () => exchange.identity(),
  };
}
