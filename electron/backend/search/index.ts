/**
 * The search area: one trigram index over every area's texts. Areas call the `SearchIndex` methods in
 * their own write transactions and register a `SearchSource` for rebuilds; they never touch its tables.
 */
export { SearchService, INDEX_VERSION } from './service';
export { NO_INDEX, type SearchDoc, type SearchIndex, type SearchSource } from './types';
export { searchHandlers } from './handlers';
