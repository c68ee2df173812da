import { ApiError } from '../../../../shared/api/errors';
import { BUNDLE_REFUSALS, type BundleRefusal } from '../../../../shared/exchange/types';

/** Why the backend refused a bundle: the reason leads the detail's message ("signature", "version: 2"). */
export function refusalOf(err: unknown): BundleRefusal | null {
  if (!(err instanceof ApiError) || err.code !== 'BUNDLE') return null;
  const first = err.details?.[0]?.message ?? '';
  const reason = first.split(':')[0].trim();
  return (BUNDLE_REFUSALS as readonly string[]).includes(reason) ? (reason as BundleRefusal) : null;
}
