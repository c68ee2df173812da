/** The transfer area: "Alles exporteren / importeren" — the whole installation in one encrypted file. */
export { TransferService, EXPORT_DIR, type TransferDeps } from './service';
export { transferHandlers } from './handlers';
export { CARRIED_TABLES, EXCLUDED, ITEMS, isExcluded } from './tables';
