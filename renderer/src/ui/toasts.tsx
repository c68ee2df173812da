import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  action?: { label: string; run: () => void };
  /** What the error is about (the failed write's method): a later success of it clears the error. */
  topic?: string;
}

interface ToastApi {
  show(t: Omit<Toast, 'id'>, ms?: number): void;
  /** Removes the error toasts about a topic: the write they answer has now succeeded. */
  clearErrors(topic: string): void;
}

const Ctx = createContext<ToastApi>({ show: () => {}, clearErrors: () => {} });
export const useToasts = () => useContext(Ctx);

/**
 * Shows any failure as an error notice with its details; stable across renders. The query client's
 * caches call it for every failed write (data/client.tsx): the one place an API error becomes a toast.
 */
export function useErrorToast(): (err: unknown, prefixKey?: string, topic?: string) => void {
  const { t } = useTranslation();
  const toasts = useToasts();
  return useCallback(
    (err: unknown, prefixKey?: string, topic?: string) => {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: prefixKey ? `${t(prefixKey)} ${e.text}` : e.text, details: e.details, topic });
    },
    [toasts, t],
  );
}

/**
 * Notices at the bottom of the window, read out by screen readers (a polite live region; errors are
 * assertive). A notice with an action (undo) stays long enough to use it; errors stay until closed or
 * until the write they answer succeeds.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((x) => x.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show(toast, ms) {
        const id = next.current++;
        setToasts((ts) => [...ts.slice(-3), { ...toast, id }]);
        const life = ms ?? (toast.kind === 'error' ? 0 : toast.action ? 10_000 : 5_000);
        if (life > 0) setTimeout(() => dismiss(id), life);
      },
      clearErrors(topic) {
        setToasts((ts) => ts.filter((x) => !(x.kind === 'error' && x.topic === topic)));
      },
    }),
    [dismiss],
  );
  // The toasts never hide what is under them: the page keeps room for them at its foot (--toasts-space),
  // so the last controls can always be scrolled clear of them.
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = region.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => document.documentElement.style.setProperty('--toasts-space', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <Ctx.Provider value={api}>
      {children}
      <div ref={region} className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
            <div className="toast-body">
              <p>{toast.text}</p>
              {toast.details && toast.details.length > 0 && (
                <ul className="toast-details">
                  {toast.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
            </div>
            {toast.action && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="btn-icon" aria-label={t('errors.dismiss')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </Ctx.Provider>
  );
}
