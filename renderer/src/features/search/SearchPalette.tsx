import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import type { SearchHit } from '../../../../shared/search/types';
import { placeOf, recallQuery, rememberQuery, requestFocus } from './place';
import { flatHits, ResultList, SearchField, useResultKeys } from './Results';
import { useSearch } from './useSearch';

/** Ctrl+K (⌘K) anywhere opens the palette; the button in the top bar does the same. */
export function SearchPalette() {
  const { t } = useTranslation();
  const go = useGo();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const back = useRef<Element | null>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      back.current = document.activeElement;
      setText(recallQuery());
      d.showModal();
      input.current?.select();
    } else if (!open && d.open) d.close();
  }, [open]);

  const results = useSearch({ text });
  const hits = flatHits(text.trim() ? results.data : undefined);
  const close = (restore = true) => {
    setOpen(false);
    if (restore && back.current instanceof HTMLElement) back.current.focus();
  };
  const openHit = (hit: SearchHit) => {
    const place = placeOf(hit);
    if (!place) return;
    rememberQuery(text);
    requestFocus(place);
    close(false);
    go(place.path);
  };
  const keys = useResultKeys(hits, openHit);
  const data = text.trim() ? results.data : undefined;

  return (
    <>
      <button type="button" className="btn btn-search" onClick={() => setOpen(true)} aria-keyshortcuts="Control+K">
        <span aria-hidden="true">⌕</span> {t('search.open')} <kbd>{t('search.shortcut')}</kbd>
      </button>
      <dialog ref={dialog} className="search-palette" aria-label={t('search.title')} onClose={() => setOpen(false)} onCancel={() => close()}>
        {open && (
          <div className="search-palette-body">
            <SearchField
              ref={input}
              text={text}
              setText={setText}
              listId="palette-results"
              count={hits.length}
              active={keys.active}
              onKeyDown={(e: KeyboardEvent) => {
                // Escape closes the palette at once (a search field would first only clear its text).
                if (e.key === 'Escape') {
                  e.preventDefault();
                  close();
                } else keys.onKeyDown(e);
              }}
            />
            {data?.mode === 'short' && <p className="muted small">{t('search.short')}</p>}
            {data?.mode === 'full' && data.groups.length === 0 && <p className="muted small">{t('search.none')}</p>}
            {data && data.groups.length > 0 && <ResultList results={data} active={keys.active} onHover={keys.setActive} open={openHit} listId="palette-results" />}
            <div className="search-palette-foot">
              <span className="muted small">{t('search.help')}</span>
              <button
                type="button"
                className="btn btn-link"
                onClick={() => {
                  rememberQuery(text);
                  close(false);
                  go(paths.search());
                }}
              >
                {t('search.all')}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
