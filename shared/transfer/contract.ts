/** The transfer area: everything exported to one encrypted file, and imported back (preview first). */
import { method } from '../api/define';
import { exportInputSchema, importInputSchema, type TransferExport, type TransferOutcome } from './types';

export const transferContract = {
  /** Writes the file into `exports/` of the data folder and returns it for a download. */
  'transfer.export': method<TransferExport>()(exportInputSchema),
  /** Reads and checks the whole file and says what an import would do; changes nothing. */
  'transfer.preview': method<TransferOutcome>()(importInputSchema, { repeatable: true }),
  /** Imports (one transaction), or refuses whole. Not repeatable: the host never sends it twice. */
  'transfer.import': method<TransferOutcome>()(importInputSchema),
};
