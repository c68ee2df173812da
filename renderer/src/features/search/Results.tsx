import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX, type SearchHit, type SearchResults } from '../../../../shared/search/types';
import { rememberQuery } from './place';
import { formatDate } from '../../ui/dates';
import { placeOf } from './place';

/** The flat order of the hits as shown (groups in order, hits in order): what the arrow keys walk. */
export const flatHits = (r: SearchResults | undefined): SearchHit[] => r?.groups.flatMap((g) => g.hits) ?? [];

/**
 * Keyboard navigation shared by the palette and the screen: ↑/↓ move the active result, Enter opens it.
 * The input keeps the focus (aria-activedescendant), so typing goes on while choosing.
 */
export function useResultKeys(hits: SearchHit[], open: (hit: SearchHit) => void) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [hits]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!hits.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) open(hit);
    }
  };
  return { active, setActive, onKeyDown };
}

export const hitId = (i: number) => `search-hit-${i}`;

/**
 * The query field of the palette and the screen: a combobox that keeps the focus while ↑/↓ choose a
 * result (aria-activedescendant), and remembers the query for the other one.
 */
export const SearchField = forwardRef<
  HTMLInputElement,
  { text: string; setText: (t: string) => void; listId: string; count: number; active: number; onKeyDown: (e: KeyboardEvent) => void; className?: string; autoFocus?: boolean }
>(function SearchField({ text, setText, listId, count, active, onKeyDown, className, autoFocus }, ref) {
  const { t } = useTranslation();
  return (
    <input
      ref={ref}
      className={className}
      type="search"
      role="combobox"
      aria-expanded={count > 0}
      aria-controls={listId}
      aria-activedescendant={count ? hitId(active) : undefined}
      aria-label={t('search.label')}
      placeholder={t('search.placeholder')}
      maxLength={SEARCH_QUERY_MAX}
      value={text}
      autoFocus={autoFocus}
      onChange={(e) => {
        setText(e.target.value);
        rememberQuery(e.target.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
});

export function ResultList({ results, active, onHover, open, listId }: { results: SearchResults; active: number; onHover: (i: number) => void; open: (hit: SearchHit) => void; listId: string }) {
  const { t, i18n } = useTranslation();
  const activeRef = useRef<HTMLDivElement | null>(null);
  // A block body: an effect's return value is its cleanup, and Chromium's scrollIntoView now returns a Promise.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  let i = -1;
  return (
    <div id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
      {results.groups.map((g) => (
        <div key={g.kind} role="group" aria-labelledby={`${listId}-${g.kind}`} className="search-group">
          <div id={`${listId}-${g.kind}`} role="presentation" className="search-group-title">
            {t(`search.kind.${g.kind}`)} <span className="muted small">{g.capped
                ? t('search.moreAtLeast', { count: g.hits.length, total: g.total })
                : g.total > g.hits.length
                  ? t('search.more', { count: g.hits.length, total: g.total })
                  : g.total}</span>
          </div>
          <div role="presentation">
            {g.hits.map((h) => {
              const n = ++i;
              const place = placeOf(h);
              return (
                <div
                  key={`${h.kind}-${h.refId}`}
                  id={hitId(n)}
                  ref={n === active ? activeRef : undefined}
                  role="option"
                  aria-selected={n === active}
                  aria-disabled={place ? undefined : true}
                  className={n === active ? 'search-hit active' : 'search-hit'}
                  onMouseMove={() => onHover(n)}
                  onClick={() => open(h)}
                >
                  <div className="search-hit-head">
                    <span className="search-hit-title">{h.title}</span>
                    <span className="muted small">{formatDate(h.date.slice(0, 10), i18n.language)}{place ? '' : ` · ${t('search.noPlace')}`}</span>
                  </div>
                  <div className="search-snippet">
                    {h.snippet.map((p, k) => (p.hit ? <mark key={k}>{p.text}</mark> : <span key={k}>{p.text}</span>))}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
