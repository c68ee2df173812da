/** The search area: one query over every area's texts, and a rebuild for a damaged index. */
import { method } from '../api/define';
import { noInput } from '../common/schemas';
import { searchQuerySchema, type SearchResults, type SearchStatus } from './types';

export const searchContract = {
  'search.query': method<SearchResults>()(searchQuerySchema),
  'search.status': method<SearchStatus>()(noInput),
  /** Empties the index and fills it again from every area's data (reports progress, stage 'index'). */
  'search.rebuild': method<SearchStatus>()(noInput),
};
