/**
 * The backend's write methods as TanStack mutations. Every successful write invalidates the queries of
 * the areas it changes (saving a group refreshes the group list); every failed one reaches the one
 * error toast of the query client (see client.tsx) unless the caller handles it.
 */
import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { call } from '../api';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { areaOf, type Area } from './queries';

/** What else a write in an area can change: lists elsewhere show counts, names and dates from it. */
const AFFECTS: Partial<Record<Area, Area[]>> = {
  groups: ['groups', 'sessions', 'home'],
  cases: ['cases', 'sessions', 'home'],
  sessions: ['sessions', 'groups', 'cases', 'home'],
  ffps: ['ffps', 'cases', 'home'],
  scripts: ['scripts'],
  settings: ['settings'],
  notices: ['notices'],
  sos: ['sos'],
  portfolio: ['portfolio'],
  exchange: ['exchange'],
};

export interface ApiMutationMeta extends Record<string, unknown> {
  /** An i18n key put before the error sentence in the toast ("Kan niet worden geïmporteerd."). */
  errorPrefix?: string;
  /** False when the screen shows the failure itself. */
  toast?: boolean;
}

export type ApiMutationOptions<M extends MethodName> = Omit<UseMutationOptions<Output<M>, Error, Input<M>>, 'mutationFn' | 'meta'> & {
  meta?: ApiMutationMeta;
  /**
   * How the caches of the changed areas are told: 'refetch' (default) refetches what is on screen,
   * 'mark' only marks them stale (an autosave does not need its own screen refetched on every key),
   * 'none' for calls that change nothing (an export).
   */
  invalidate?: 'refetch' | 'mark' | 'none';
};

export function useApiMutation<M extends MethodName>(method: M, options: ApiMutationOptions<M> = {}) {
  const client = useQueryClient();
  const { invalidate = 'refetch', onSuccess, ...rest } = options;
  return useMutation<Output<M>, Error, Input<M>>({
    ...rest,
    mutationKey: [method],
    mutationFn: (input) => call(method, input),
    onSuccess: async (...args) => {
      const areas = invalidate === 'none' ? [] : (AFFECTS[areaOf(method)] ?? []);
      await Promise.all(
        areas.map((area) => client.invalidateQueries({ queryKey: [area], refetchType: invalidate === 'mark' ? 'none' : 'active' })),
      );
      await onSuccess?.(...args);
    },
  });
}
