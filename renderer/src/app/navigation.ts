import { useCallback } from 'react';
import { useNavigate } from 'react-router';

/**
 * Moves to another screen at once, as a desktop app does: the new screen is rendered in the same
 * moment (flushSync), not in a background transition during which the old one stays clickable.
 */
export function useGo(): (to: string) => void {
  const navigate = useNavigate();
  return useCallback((to: string) => void navigate(to, { flushSync: true }), [navigate]);
}
