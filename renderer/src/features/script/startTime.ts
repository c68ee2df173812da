import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/types';

/**
 * The begintijd the script view and its print view count from. It is remembered in the settings (the
 * backend), so it survives a visit elsewhere, a reload and a restart; the app writes nothing to
 * browser storage.
 */
export function useStartTime(): [string, (v: string) => void] {
  const settings = useQuery({ ...apiQuery('settings.get', {}), staleTime: Infinity });
  const save = useApiMutation('settings.update');
  const [chosen, setChosen] = useState<string | null>(null);
  const value = chosen ?? settings.data?.scriptStartTime ?? DEFAULT_SETTINGS.scriptStartTime;
  return [
    value,
    (v: string) => {
      setChosen(v);
      save.mutate({ scriptStartTime: v });
    },
  ];
}
