import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from './findings';

/**
 * The notes' textarea with every finding highlighted in an overlay behind it (the overlay is hidden from
 * screen readers; the findings panel says the same in words). The current finding is kept in view.
 */
export function HighlightedText({
  value,
  shown,
  findings,
  activeId,
  onChange,
  textarea,
}: {
  value: string;
  /** The text the findings were computed on (it may lag behind fast typing). */
  shown: string;
  findings: Finding[];
  activeId: string | null;
  onChange: (text: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
  const overlay = useRef<HTMLDivElement>(null);
  const active = findings.find((f) => f.id === activeId);

  useEffect(() => {
    const mark = overlay.current?.querySelector<HTMLElement>('mark.current');
    const ta = textarea.current;
    if (!mark || !ta) return;
    if (mark.offsetTop < ta.scrollTop || mark.offsetTop > ta.scrollTop + ta.clientHeight - 40) ta.scrollTop = Math.max(0, mark.offsetTop - 60);
    if (overlay.current) overlay.current.scrollTop = ta.scrollTop;
  }, [activeId, active?.mentions[0]?.start, textarea]);

  const marks = useMemo(() => renderMarks(shown, findings, activeId), [shown, findings, activeId]);
  return (
    <div className="anon-text">
      <label htmlFor="notes-text" className="field-label">
        {t('cases.editor.textLabel')}
      </label>
      <div className="highlight-wrap">
        <div className="highlight-overlay" ref={overlay} aria-hidden="true">
          {marks}
        </div>
        <textarea
          id="notes-text"
          ref={textarea}
          className="highlight-input"
          value={value}
          spellCheck={false}
          autoComplete="off"
          placeholder={t('cases.editor.placeholder')}
          onScroll={(e) => {
            if (overlay.current) overlay.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <p className="muted small">{t('cases.editor.memoryOnly')}</p>
    </div>
  );
}

/** The text with every mention wrapped in a <mark>, for the overlay behind the textarea. */
function renderMarks(text: string, findings: Finding[], activeId: string | null) {
  const mentions = findings
    .flatMap((f) => f.mentions.map((m) => ({ ...m, label: f.label, active: f.id === activeId })))
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let pos = 0;
  mentions.forEach((m, i) => {
    if (m.start < pos) return;
    out.push(text.slice(pos, m.start));
    out.push(
      <mark key={i} className={`hl hl-${m.label}${m.active ? ' current' : ''}`}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    pos = m.end;
  });
  // A trailing newline needs a character after it, or the overlay is one line short of the textarea.
  out.push(`${text.slice(pos)}\u200b`);
  return out;
}
