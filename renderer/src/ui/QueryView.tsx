import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { describeError } from './errors';

/**
 * A screen's data in its three states: loading (a line of text), failed (the Dutch sentence in an
 * alert, in place of the screen), or there. Data already on screen stays when a refresh fails; the
 * query client toasts that failure.
 */
export function QueryView<T>({ query, loading, children }: { query: Pick<UseQueryResult<T>, 'data' | 'error'>; loading: string; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <p className="notice notice-error" role="alert">
        {describeError(query.error, t).text}
      </p>
    );
  }
  return <p className="loading">{loading}</p>;
}

/**
 * Data a form starts from: always what the backend holds now, never an older cached copy (a form keeps
 * its first values, so a refresh after it opened would come too late). Once there, later refreshes
 * do not take it away again.
 */
export function useFormSource<T, K extends QueryKey>(options: UseQueryOptions<T, Error, T, K>): Pick<UseQueryResult<T>, 'data' | 'error'> {
  const query = useQuery({ ...options, refetchOnMount: 'always' });
  const [ready, setReady] = useState(false);
  const fresh = query.isFetchedAfterMount && !query.isFetching;
  if (!ready && fresh && query.data !== undefined) setReady(true);
  return { data: ready || (fresh && query.data !== undefined) ? query.data : undefined, error: fresh ? query.error : null };
}
