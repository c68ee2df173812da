import { apiQuery } from '../../data/queries';
import type { Input, MethodName } from '../../../../shared/api/contract';

/**
 * The portfolio's reads. They gather what other areas hold (bijeenkomsten, FFPS feedback), so they are
 * never taken from a cache that a write elsewhere did not invalidate: every screen fetches afresh.
 */
export function portfolioQuery<M extends MethodName & `portfolio.${string}`>(method: M, input: Input<M>) {
  return { ...apiQuery(method, input), staleTime: 0 };
}
