import type { AreaHandlers } from '../../../shared/api/contract';
import type { SearchService } from './service';

export function searchHandlers(search: SearchService): AreaHandlers<'search'> {
  return {
    'search.query': (i) => search.query(i),
    'search.status': () => search.status(),
    'search.rebuild': () => search.rebuild(),
  };
}
