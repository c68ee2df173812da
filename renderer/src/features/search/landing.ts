import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { takeFocus } from './place';

/**
 * After opening a search result: waits for the element the result points at (screens load their data
 * first), scrolls it into view and gives it the focus. Gives up quietly after three seconds.
 */
export function useLandOnFocus(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const id = takeFocus(pathname);
    if (!id) return;
    let frame = 0;
    const until = performance.now() + 3000;
    const tick = () => {
      const el = document.getElementById(id);
      if (el) {
        if (!el.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
        el.scrollIntoView({ block: 'start' });
        el.focus({ preventScroll: true });
        el.classList.add('search-landed');
        window.setTimeout(() => el.classList.remove('search-landed'), 1600);
      } else if (performance.now() < until) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
