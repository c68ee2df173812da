import { useRef, useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useErrorToast, useToasts } from '../ui/toasts';
import type { ApiMutationMeta } from './mutations';

type OnError = (err: unknown, prefixKey?: string, topic?: string) => void;

/**
 * The app's query client. Kept in memory only: no persister, so nothing reaches browser storage.
 * The backend is local and its errors are answers (VALIDATION, NOT_FOUND), not hiccups: no retries.
 * Failed writes, and failed refreshes of something already on screen, become one error toast here;
 * a screen that could not load at all says so in its own place (ui/QueryView.tsx).
 */
export function createQueryClient(onError: OnError, onSuccess: (topic: string) => void = () => {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (query.state.data !== undefined && query.meta?.toast !== false) onError(err);
      },
    }),
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => {
        const meta = mutation.meta as ApiMutationMeta | undefined;
        if (meta?.toast !== false) onError(err, meta?.errorPrefix, topicOf(mutation.options.mutationKey));
      },
      // A write that succeeds answers its earlier failure: that error toast goes.
      onSuccess: (_data, _vars, _ctx, mutation) => {
        const topic = topicOf(mutation.options.mutationKey);
        if (topic) onSuccess(topic);
      },
    }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

const topicOf = (key: readonly unknown[] | undefined): string | undefined => (typeof key?.[0] === 'string' ? key[0] : undefined);

/** Provides the query client, its errors shown through the toasts above it. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const toastError = useErrorToast();
  const toasts = useToasts();
  const latest = useRef({ toastError, toasts });
  latest.current = { toastError, toasts };
  const [queryClient] = useState(() =>
    createQueryClient(
      (err, prefix, topic) => latest.current.toastError(err, prefix, topic),
      (topic) => latest.current.toasts.clearErrors(topic),
    ),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
