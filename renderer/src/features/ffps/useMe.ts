import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';

/** The name this machine writes notes under (the backend's fallback when no name is set). */
export function useMyName(): string | undefined {
  const settings = useQuery(apiQuery('settings.get', {}));
  return settings.data ? settings.data.displayName.trim() || 'Gezinsmanager' : undefined;
}
