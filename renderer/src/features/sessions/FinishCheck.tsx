import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rephraseUnresolved, unresolvedDecisions } from '../../../../shared/sessions/decisions';
import type { VierVenstersCanvas } from '../../../../shared/sessions/types';

/**
 * What "Afronden" shows first: canvas text that reads as a decision about the client and was never
 * rephrased. The facilitator rephrases it all as suggestions for werkbegeleiding, goes back, or finishes
 * anyway on purpose (the text then stays marked on the beamer and in the learning record). With nothing
 * to list, it finishes at once.
 */
export function FinishCheck({
  canvas,
  rephraseAll,
  finish,
  close,
}: {
  canvas: VierVenstersCanvas;
  rephraseAll: (rephrase: (c: VierVenstersCanvas) => VierVenstersCanvas) => void;
  finish: () => void;
  close: () => void;
}) {
  const { t } = useTranslation();
  const list = unresolvedDecisions(canvas);
  const [openedWith] = useState(list.length);
  const first = useRef<HTMLButtonElement>(null);
  const done = useRef(false);

  useEffect(() => {
    if (openedWith === 0 && !done.current) {
      done.current = true;
      finish();
    } else first.current?.focus();
  }, [openedWith, finish]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  if (openedWith === 0) return null;
  return (
    <div className="finish-check-backdrop">
      <div className="finish-check" role="dialog" aria-modal="true" aria-labelledby="finish-check-title">
        <h2 id="finish-check-title">{t('review.decision.finishTitle')}</h2>
        {list.length > 0 ? (
          <>
            <p>{t('review.decision.finishIntro', { count: list.length })}</p>
            <ul className="finish-check-list">
              {list.map((u) => (
                <li key={u.path}>
                  <span className="tag">{t(`sections.${u.section}`)}</span> {u.text}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p role="status">{t('review.decision.allRephrased')}</p>
        )}
        <div className="finish-check-actions">
          {list.length > 0 && (
            <button ref={first} type="button" className="btn btn-primary" onClick={() => rephraseAll(rephraseUnresolved)}>
              {t('review.decision.rephraseAll')}
            </button>
          )}
          <button type="button" className={list.length > 0 ? 'btn' : 'btn btn-primary'} onClick={finish}>
            {list.length > 0 ? t('review.decision.finishAnyway') : t('sessions.finish')}
          </button>
          <button type="button" className="btn" onClick={close}>
            {t('review.decision.back')}
          </button>
        </div>
      </div>
    </div>
  );
}
