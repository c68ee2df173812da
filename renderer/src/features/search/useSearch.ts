import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import type { SearchQuery } from '../../../../shared/search/types';

/** The query as typed, sent after a short pause; results of the previous query stay while the next loads. */
export function useSearch(query: SearchQuery) {
  const [debounced, setDebounced] = useState(query);
  const key = JSON.stringify(query);
  useEffect(() => {
    const t = window.setTimeout(() => setDebounced(JSON.parse(key) as SearchQuery), 120);
    return () => window.clearTimeout(t);
  }, [key]);
  return useQuery({ ...apiQuery('search.query', debounced), enabled: debounced.text.trim() !== '', placeholderData: keepPreviousData, staleTime: 0 });
}
