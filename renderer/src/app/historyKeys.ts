import { useEffect } from 'react';
import { useNavigate } from 'react-router';

const isMac = () => /^Mac/i.test(navigator.platform);

/**
 * Back and forward as in a desktop app: Alt+← / Alt+→ (on a Mac also ⌘[ / ⌘], leaving ⌥←/→ to move by
 * word in text fields). A screen that uses the same keys itself (the console: previous/next block)
 * handles them first, on the document, and marks them handled.
 */
export function useHistoryKeys(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.shiftKey) return;
      const mac = isMac();
      const alt = e.altKey && !e.ctrlKey && !e.metaKey && !(mac && isTextField(e.target));
      const cmd = mac && e.metaKey && !e.altKey && !e.ctrlKey;
      const delta =
        (alt && e.key === 'ArrowLeft') || (cmd && e.key === '[') ? -1 : (alt && e.key === 'ArrowRight') || (cmd && e.key === ']') ? 1 : 0;
      if (!delta) return;
      e.preventDefault();
      void navigate(delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'checkbox'));
}
