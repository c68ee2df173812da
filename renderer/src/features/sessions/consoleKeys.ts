import { useEffect, useRef } from 'react';

export interface ConsoleActions {
  toggle(): void;
  next(): void;
  previous(): void;
  plus5(): void;
  beamer(): void;
  /** Blacks out the group's screen, or shows it again. */
  black(): void;
}

/**
 * The console's keys: Space / Alt+P start or pause, →/← (also PageDown/PageUp) and Alt+→/Alt+← move
 * between blocks, + / Alt+= give five minutes, B blacks out the beamer and shows it again (as in
 * presentation software), Alt+B opens the beamer. Plain keys only outside text
 * fields; the Alt variants everywhere. Listened for on the document, so they come before the app's
 * Alt+←/→ for Back/Forward (which listens on the window and leaves handled keys alone).
 */
export function useConsoleKeys(actions: ConsoleActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      const typing = el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      const key = e.altKey ? `Alt+${e.code}` : typing ? '' : e.key;
      const a = latest.current;
      const map: Record<string, () => void> = {
        ' ': a.toggle,
        'Alt+KeyP': a.toggle,
        ArrowRight: a.next,
        PageDown: a.next,
        'Alt+ArrowRight': a.next,
        ArrowLeft: a.previous,
        PageUp: a.previous,
        'Alt+ArrowLeft': a.previous,
        '+': a.plus5,
        'Alt+Equal': a.plus5,
        b: a.black,
        B: a.black,
        'Alt+KeyB': a.beamer,
      };
      const h = map[key];
      if (h) {
        e.preventDefault();
        h();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
