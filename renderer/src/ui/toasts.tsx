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

interface ToastList {
  toasts: Toast[];
  dismiss(id: number): void;
  /** A screen placed the region (the shell, under its top bar): the provider's own stand-in goes. */
  place(): () => void;
}
const ListCtx = createContext<ToastList>({ toasts: [], dismiss: () => {}, place: () => () => {} });

/**
 * Notices never lie over the page (issue 15): they stand in a bar of their own in the page's flow, under
 * the top bar, like a desktop application's information bar. A notice pushes the page down instead of
 * covering what is there, and the bar stays in view (sticky) while the page scrolls; the browser's scroll
 * anchoring is off (theme.css), so a notice that comes or goes moves the page with it rather than sliding
 * the bar over a control. Read out by screen readers (a polite live region; errors are alerts). A notice
 * with an action (undo) stays long enough to use it; errors stay until closed or until the write they
 * answer succeeds. The shell places the bar with <ToastRegion />; a screen without the shell (the lock
 * screen, tests) gets the provider's own at the top of the page.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [placed, setPlaced] = useState(0);
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
  const place = useCallback(() => {
    setPlaced((n) => n + 1);
    return () => setPlaced((n) => n - 1);
  }, []);
  const list = useMemo(() => ({ toasts, dismiss, place }), [toasts, dismiss, place]);
  return (
    <Ctx.Provider value={api}>
      <ListCtx.Provider value={list}>
        {placed === 0 && <ToastBar />}
        {children}
      </ListCtx.Provider>
    </Ctx.Provider>
  );
}

/** The notices' bar, where a screen puts it (the shell: between its top bar and the page). */
export function ToastRegion() {
  const { place } = useContext(ListCtx);
  useEffect(() => place(), [place]);
  return <ToastBar />;
}

/**
 * A notice that comes pushes the page down; the control that has the focus stays where the person can see
 * it: pushed below the window, the page scrolls it back up; under the sticky bars, down. (Only the focus
 * is followed: scrolling for anything else would move the page under the pointer.)
 */
function keepFocusInView(bar: HTMLElement) {
  const el = document.activeElement;
  // A dialog (the search palette) does not scroll with the page: nothing to keep in view there.
  if (!(el instanceof HTMLElement) || el === document.body || bar.contains(el) || el.closest('dialog, [role="dialog"]')) return;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return;
  const top = bar.getBoundingClientRect().bottom + 8;
  const bottom = window.innerHeight - 8;
  if (r.bottom > bottom) window.scrollBy(0, Math.min(r.bottom - bottom, r.top - top));
  else if (r.top < top) window.scrollBy(0, r.top - top);
}

function ToastBar() {
  const { t } = useTranslation();
  const { toasts, dismiss } = useContext(ListCtx);
  // Its height is --toasts-h: what sticks to the window's top below it (the console's bar, side panels)
  // sits that much lower, so the bar never covers them either.
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = region.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      document.documentElement.style.setProperty('--toasts-h', `${el.offsetHeight}px`);
      keepFocusInView(el);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      document.documentElement.style.removeProperty('--toasts-h');
    };
  }, []);
  return (
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
  );
}
