import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { pseudonymise, normaliseName, type Detector, type Label } from '../../../../shared/anonymiser';
import type { CaseDetail, RecognisedForm, Resolution } from '../../../../shared/cases/types';
import { candidateForms, computeFindings, type Finding } from './findings';
import { loadDetector } from './detector';

interface Snapshot {
  text: string;
  resolutions: Resolution[];
  ignore: string[];
  newPseudonyms: string[];
}

/**
 * The anonymisation editor. Raw text lives only here, in memory: no autosave, no browser storage.
 * Every identifier the anonymiser finds is highlighted; each is resolved by replacing it everywhere with
 * a pseudonym or placeholder, or marked "geen identificatie". Saving is possible only when nothing is open,
 * and the backend checks the text again before it stores anything.
 */
export function NotesEditor({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { go, setGuard } = useRouter();
  const toasts = useToasts();
  const [detector, setDetector] = useState<Detector | null>(null);
  const [state, setState] = useState<Snapshot>({ text: detail.notes, resolutions: [], ignore: [], newPseudonyms: [] });
  const [history, setHistory] = useState<Snapshot[]>([]);
  const [known, setKnown] = useState<Map<string, RecognisedForm>>(new Map());
  const asked = useRef(new Set<string>());
  const [current, setCurrent] = useState(0);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const choiceInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    loadDetector().then(setDetector, (err: unknown) => toasts.show({ kind: 'error', text: describeError(err, t).text }));
  }, [toasts, t]);

  const people = useMemo(
    () => [...detail.people, ...state.newPseudonyms.map((p, i) => ({ id: `new-${i}`, role: t('cases.roleToFill'), pseudonym: p }))],
    [detail.people, state.newPseudonyms, t],
  );
  const text = useDeferredValue(state.text);
  const findings = useMemo<Finding[]>(
    () =>
      detector
        ? computeFindings(detector, text, { people, ignore: state.ignore, known, replacements: state.resolutions.map((r) => r.replacement) })
        : [],
    [detector, text, people, state.ignore, known, state.resolutions],
  );
  const active = findings.length ? findings[Math.min(current, findings.length - 1)] : null;

  // Ask the backend which words were resolved before in this case (it compares keyed hashes only).
  useEffect(() => {
    const handle = setTimeout(() => {
      const forms = candidateForms(state.text).filter((f) => !asked.current.has(normaliseName(f)));
      if (forms.length === 0) return;
      for (const f of forms) asked.current.add(normaliseName(f));
      call('cases.recognise', { id: detail.id, forms }).then(
        (hits) => {
          if (hits.length === 0) return;
          setKnown((prev) => {
            const next = new Map(prev);
            for (const h of hits) next.set(normaliseName(h.form), h);
            return next;
          });
        },
        () => {},
      );
    }, 250);
    return () => clearTimeout(handle);
  }, [state.text, detail.id]);

  const dirty = state.text !== detail.notes || state.resolutions.length > 0;
  useEffect(() => {
    setGuard(dirty ? () => window.confirm(t('cases.editor.confirmLeave')) : null);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, setGuard, t]);
  useEffect(() => () => setGuard(null), [setGuard]);

  const change = (next: Snapshot) => {
    setHistory((h) => [...h.slice(-49), state]);
    setState(next);
  };

  const replacementFor = (f: Finding) => (choice[f.id]?.trim() || f.suggestion).slice(0, 40);

  // Offsets belong to the text the findings were computed on; act only once typing has settled.
  const settled = state.text === text;

  const accept = (f: Finding) => {
    if (!settled) return;
    const replacement = replacementFor(f);
    const rosterPerson = detail.people.find((p) => normaliseName(p.pseudonym) === normaliseName(replacement));
    const isNewPerson = f.label === 'PERSOON' && !rosterPerson && !state.newPseudonyms.some((p) => normaliseName(p) === normaliseName(replacement));
    change({
      text: pseudonymise(state.text, [{ entityId: f.id, action: 'replace', replacement, mentions: f.mentions }]),
      resolutions: [...state.resolutions, { forms: f.forms, kind: 'pseudonym', personId: rosterPerson?.id ?? null, replacement }],
      ignore: state.ignore,
      newPseudonyms: isNewPerson ? [...state.newPseudonyms, replacement] : state.newPseudonyms,
    });
  };

  const ignore = (f: Finding) =>
    settled &&
    change({
      ...state,
      resolutions: [...state.resolutions, { forms: f.forms, kind: 'ignore', personId: null, replacement: '' }],
      ignore: [...state.ignore, ...f.forms],
    });

  const acceptAll = () => {
    if (!settled) return;
    let snapshot = state;
    for (const f of findings) {
      const replacement = replacementFor(f);
      const rosterPerson = detail.people.find((p) => normaliseName(p.pseudonym) === normaliseName(replacement));
      snapshot = {
        ...snapshot,
        resolutions: [...snapshot.resolutions, { forms: f.forms, kind: 'pseudonym', personId: rosterPerson?.id ?? null, replacement }],
        newPseudonyms:
          f.label === 'PERSOON' && !rosterPerson && !snapshot.newPseudonyms.includes(replacement) ? [...snapshot.newPseudonyms, replacement] : snapshot.newPseudonyms,
      };
    }
    const decisions = findings.map((f) => ({ entityId: f.id, action: 'replace' as const, replacement: replacementFor(f), mentions: f.mentions }));
    change({ ...snapshot, text: pseudonymise(state.text, decisions) });
  };

  const undo = () => {
    const prev = history.at(-1);
    if (!prev) return;
    setHistory((h) => h.slice(0, -1));
    setState(prev);
  };

  const move = (delta: number) => {
    if (findings.length === 0) return;
    setCurrent((c) => (Math.min(c, findings.length - 1) + delta + findings.length) % findings.length);
  };

  const save = useCallback(async () => {
    if (!detector) return;
    // Check the text as it is now, not the deferred copy the highlighting may still be catching up on.
    const open =
      state.text === text
        ? findings.length
        : computeFindings(detector, state.text, { people, ignore: state.ignore, known, replacements: state.resolutions.map((r) => r.replacement) }).length;
    if (open > 0) {
      toasts.show({ kind: 'error', text: t('cases.editor.resolveFirst', { count: open }) }, 6_000);
      return;
    }
    setSaving(true);
    try {
      let resolutions = state.resolutions;
      if (state.newPseudonyms.length > 0) {
        // New pseudonyms join the roster first, so the names they replace are linked to a person.
        const updated = await call('cases.update', {
          id: detail.id,
          codeName: detail.codeName,
          format: detail.format,
          retentionUntil: detail.retentionUntil,
          people: [...detail.people, ...state.newPseudonyms.map((pseudonym) => ({ role: t('cases.roleToFill'), pseudonym }))],
          timeline: detail.timeline,
        });
        const byPseudonym = new Map(updated.people.map((p) => [normaliseName(p.pseudonym), p.id]));
        resolutions = resolutions.map((r) => (r.kind === 'pseudonym' && !r.personId ? { ...r, personId: byPseudonym.get(normaliseName(r.replacement)) ?? null } : r));
      }
      await call('cases.saveNotes', { id: detail.id, notes: state.text, resolutions });
      setGuard(null);
      toasts.show({ kind: 'info', text: t('cases.editor.saved') });
      go({ name: 'case', id: detail.id });
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text });
    } finally {
      setSaving(false);
    }
  }, [findings.length, detector, state, text, people, known, toasts, t, detail, setGuard, go]);

  // Keyboard: the whole review works without a mouse. Physical keys (e.code), so Option on a Mac works too.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
        return;
      }
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const handlers: Record<string, () => void> = {
        KeyN: () => move(e.shiftKey ? -1 : 1),
        KeyA: () => (e.shiftKey ? acceptAll() : active && accept(active)),
        KeyG: () => active && ignore(active),
        KeyS: () => move(1),
        KeyP: () => choiceInput.current?.focus(),
        KeyZ: undo,
        KeyT: () => textarea.current?.focus(),
      };
      const h = handlers[e.code];
      if (h) {
        e.preventDefault();
        h();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Keep the current finding in view.
  useEffect(() => {
    const mark = overlay.current?.querySelector<HTMLElement>('mark.current');
    const ta = textarea.current;
    if (!mark || !ta) return;
    if (mark.offsetTop < ta.scrollTop || mark.offsetTop > ta.scrollTop + ta.clientHeight - 40) ta.scrollTop = Math.max(0, mark.offsetTop - 60);
    if (overlay.current) overlay.current.scrollTop = ta.scrollTop;
  }, [active?.id, active?.mentions[0]?.start]);

  const marks = useMemo(() => renderMarks(text, findings, active?.id ?? null), [text, findings, active?.id]);
  const placeholders = t('cases.editor.placeholders', { returnObjects: true }) as Record<string, string>;

  return (
    <section className="page notes-editor" aria-labelledby="notes-title">
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className="tag">{detail.codeName}</span>
            {dirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="notes-title">{t('cases.editor.title')}</h1>
          <p className="muted">{t('cases.editor.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => go({ name: 'case', id: detail.id })}>
            {t('editor.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={saving || findings.length > 0 || !detector} onClick={() => void save()}>
            {saving ? t('editor.saving') : t('cases.editor.save')}
          </button>
        </div>
      </div>

      <div className="anon-grid">
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
              value={state.text}
              spellCheck={false}
              autoComplete="off"
              placeholder={t('cases.editor.placeholder')}
              onScroll={(e) => {
                if (overlay.current) overlay.current.scrollTop = e.currentTarget.scrollTop;
              }}
              onChange={(e) => setState({ ...state, text: e.target.value })}
            />
          </div>
          <p className="muted small">{t('cases.editor.memoryOnly')}</p>
        </div>

        <aside className="anon-panel" aria-labelledby="findings-title">
          <div className="anon-panel-head">
            <h2 id="findings-title" className="section-title">
              {t('cases.editor.findings')}
            </h2>
            <p className={findings.length ? 'status status-open' : 'status status-done'} role="status" aria-live="polite">
              {!detector ? t('cases.editor.loadingDetector') : findings.length ? t('cases.editor.open', { count: findings.length }) : t('cases.editor.allResolved')}
            </p>
          </div>
          {findings.length > 1 && (
            <button type="button" className="btn btn-small" onClick={acceptAll}>
              {t('cases.editor.acceptAll')} <kbd>Alt+Shift+A</kbd>
            </button>
          )}
          <ol className="findings">
            {findings.map((f, i) => {
              const isActive = f.id === active?.id;
              return (
                <li key={`${f.id}-${f.mentions[0]?.start}`} className={isActive ? 'finding finding-active' : 'finding'} aria-current={isActive ? 'true' : undefined}>
                  <button type="button" className="finding-select" onClick={() => setCurrent(i)}>
                    <span className={`label label-${f.label}`}>{t(`cases.labels.${f.label}`)}</span>
                    <span className="finding-text">{f.display}</span>
                    <span className="finding-count">{t('cases.editor.mentions', { count: f.mentions.length })}</span>
                  </button>
                  {isActive && (
                    <div className="finding-actions">
                      <label className="field">
                        <span className="field-label">{t('cases.editor.replaceWith')}</span>
                        <input
                          ref={choiceInput}
                          list={`choices-${f.label}`}
                          value={choice[f.id] ?? f.suggestion}
                          maxLength={40}
                          onChange={(e) => setChoice({ ...choice, [f.id]: e.target.value })}
                          onKeyDown={(e: ReactKeyboardEvent<HTMLInputElement>) => {
                            if (e.key === 'Enter') {
                              e.preventDefault();
                              accept(f);
                            }
                          }}
                        />
                      </label>
                      {f.recognised && <p className="muted small">{t('cases.editor.recognised')}</p>}
                      <div className="finding-buttons">
                        <button type="button" className="btn btn-small btn-primary" onClick={() => accept(f)}>
                          {t('cases.editor.accept')} <kbd>Alt+A</kbd>
                        </button>
                        <button type="button" className="btn btn-small" onClick={() => ignore(f)}>
                          {t('cases.editor.ignore')} <kbd>Alt+G</kbd>
                        </button>
                        <button type="button" className="btn btn-small" onClick={() => move(1)}>
                          {t('cases.editor.skip')} <kbd>Alt+S</kbd>
                        </button>
                      </div>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          <datalist id="choices-PERSOON">
            {people.map((p) => (
              <option key={p.id} value={p.pseudonym}>
                {p.role}
              </option>
            ))}
          </datalist>
          {(Object.keys(placeholders) as Label[]).map((label) => (
            <datalist key={label} id={`choices-${label}`}>
              <option value={placeholders[label]} />
            </datalist>
          ))}
          <details className="keys">
            <summary>{t('cases.editor.keysTitle')}</summary>
            <dl>
              <dt><kbd>Alt+N</kbd> / <kbd>Alt+Shift+N</kbd></dt><dd>{t('cases.editor.keys.next')}</dd>
              <dt><kbd>Alt+A</kbd></dt><dd>{t('cases.editor.keys.accept')}</dd>
              <dt><kbd>Alt+P</kbd></dt><dd>{t('cases.editor.keys.choose')}</dd>
              <dt><kbd>Alt+G</kbd></dt><dd>{t('cases.editor.keys.ignore')}</dd>
              <dt><kbd>Alt+S</kbd></dt><dd>{t('cases.editor.keys.skip')}</dd>
              <dt><kbd>Alt+Z</kbd></dt><dd>{t('cases.editor.keys.undo')}</dd>
              <dt><kbd>Alt+T</kbd></dt><dd>{t('cases.editor.keys.text')}</dd>
              <dt><kbd>Ctrl+S</kbd></dt><dd>{t('cases.editor.keys.save')}</dd>
            </dl>
          </details>
          {history.length > 0 && (
            <button type="button" className="btn btn-small" onClick={undo}>
              {t('editor.undo')} <kbd>Alt+Z</kbd>
            </button>
          )}
        </aside>
      </div>
    </section>
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
