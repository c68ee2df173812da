import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { canBeIgnored } from '../../../../shared/anonymiser/policy';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { call } from '../../api';
import { useApiMutation } from '../../data/mutations';
import { useLeaveGuard } from '../../app/guard';
import { paths } from '../../app/paths';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { pseudonymise, normaliseName } from '../../../../shared/anonymiser';
import { PSEUDONYM_MAX, type CaseDetail, type RecognisedForm, type Resolution } from '../../../../shared/cases/types';
import { candidateForms, computeFindings, everyMention, findingKey, isPlaceholder, personLabel, type Finding, type SuggestionWords } from './findings';
import { useDetector } from './detector';
import { HighlightedText } from './HighlightedText';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { FindingsPanel } from './FindingsPanel';

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
  const go = useGo();
  const toasts = useToasts();
  const detectorQuery = useDetector();
  const detector = detectorQuery.data ?? null;
  const [state, setState] = useState<Snapshot>({ text: detail.notes, resolutions: [], ignore: [], newPseudonyms: [] });
  const [history, setHistory] = useState<Snapshot[]>([]);
  const known = useRecognised(detail.id, state.text);
  const [current, setCurrent] = useState(0);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const textarea = useRef<HTMLTextAreaElement>(null);
  const choiceInput = useRef<HTMLInputElement>(null);

  const people = useMemo(
    () => [...detail.people, ...state.newPseudonyms.map((p, i) => ({ id: `new-${i}`, role: t('cases.roleToFill'), pseudonym: p }))],
    [detail.people, state.newPseudonyms, t],
  );
  const text = useDeferredValue(state.text);
  // Choices typed but not yet accepted are reserved: no other finding is offered the same pseudonym.
  const reserved = useMemo(() => Object.values(choice).map((c) => c.trim()).filter(Boolean), [choice]);
  const words = useSuggestionWords();
  const findingsOf = (s: Snapshot, txt: string) =>
    detector ? computeFindings(detector, txt, { people, ignore: s.ignore, known, replacements: s.resolutions.map((r) => r.replacement), reserved, words }) : [];
  const findings = useMemo<Finding[]>(() => findingsOf(state, text), [detector, text, people, state.ignore, known, state.resolutions, reserved, words]);
  const saveWhy = !detector ? t('why.detectorLoading') : findings.length > 0 ? t('why.resolveFirst') : null;
  const active = findings.length ? findings[Math.min(current, findings.length - 1)] : null;

  const dirty = state.text !== detail.notes || state.resolutions.length > 0;
  const { leave } = useLeaveGuard(dirty, t('cases.editor.confirmLeave'));

  const change = (next: Snapshot) => {
    setHistory((h) => [...h.slice(-49), state]);
    setState(next);
  };
  // A choice belongs to the finding it was typed for (by label and forms), never to whatever finding next gets its id.
  const chosen = (f: Finding) => choice[findingKey(f)]?.trim() ?? '';
  const replacementFor = (f: Finding) => (chosen(f) || f.suggestion).slice(0, PSEUDONYM_MAX);
  const forgetChoice = (fs: Finding[]) =>
    setChoice((c) => Object.fromEntries(Object.entries(c).filter(([k]) => !fs.some((f) => findingKey(f) === k))));
  /** A new person for the roster: a name replaced by a pseudonym that is not a placeholder and not on the roster yet. */
  const isNewPersonFor = (f: Finding, replacement: string, newPseudonyms: string[]) =>
    f.label === 'PERSOON' && !isPlaceholder(replacement) && !rosterPersonOf(replacement) && !newPseudonyms.some((p) => normaliseName(p) === normaliseName(replacement));
  // Offsets belong to the text the findings were computed on; act only once typing has settled.
  const settled = state.text === text;
  const rosterPersonOf = (replacement: string) => detail.people.find((p) => normaliseName(p.pseudonym) === normaliseName(replacement));

  const accept = (f: Finding) => {
    if (!settled) return;
    const replacement = replacementFor(f);
    const rosterPerson = rosterPersonOf(replacement);
    change({
      text: pseudonymise(state.text, [{ entityId: f.id, action: 'replace', replacement, mentions: everyMention(state.text, f) }]),
      resolutions: [...state.resolutions, { forms: f.forms, kind: 'pseudonym', personId: rosterPerson?.id ?? null, replacement }],
      ignore: state.ignore,
      newPseudonyms: isNewPersonFor(f, replacement, state.newPseudonyms) ? [...state.newPseudonyms, replacement] : state.newPseudonyms,
    });
    forgetChoice([f]);
  };

  // A BSN, phone number, e-mail, postcode or case number is replaced, never "geen identificatie".
  const ignore = (f: Finding) =>
    settled &&
    canBeIgnored(f.label) &&
    change({
      ...state,
      resolutions: [...state.resolutions, { forms: f.forms, kind: 'ignore', personId: null, replacement: '' }],
      ignore: [...state.ignore, ...f.forms],
    });

  const acceptAll = () => {
    if (!settled) return;
    let snapshot = state;
    const replacements = acceptAllReplacements(findings, chosen, people, words);
    for (const f of findings) {
      const replacement = replacements.get(f.id)!;
      const rosterPerson = rosterPersonOf(replacement);
      snapshot = {
        ...snapshot,
        resolutions: [...snapshot.resolutions, { forms: f.forms, kind: 'pseudonym', personId: rosterPerson?.id ?? null, replacement }],
        newPseudonyms: isNewPersonFor(f, replacement, snapshot.newPseudonyms) ? [...snapshot.newPseudonyms, replacement] : snapshot.newPseudonyms,
      };
    }
    const decisions = findings.map((f) => ({ entityId: f.id, action: 'replace' as const, replacement: replacements.get(f.id)!, mentions: everyMention(state.text, f) }));
    change({ ...snapshot, text: pseudonymise(state.text, decisions) });
    forgetChoice(findings);
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

  const updateCase = useApiMutation('cases.update');
  const saveNotes = useApiMutation('cases.saveNotes', {
    onSuccess: () => {
      toasts.show({ kind: 'info', text: t('cases.editor.saved') });
      leave(paths.case(detail.id));
    },
  });
  const saving = updateCase.isPending || saveNotes.isPending;

  const save = async () => {
    if (!detector || saving) return;
    // Check the text as it is now, not the deferred copy the highlighting may still be catching up on.
    const open = settled ? findings.length : findingsOf(state, state.text).length;
    if (open > 0) {
      toasts.show({ kind: 'error', text: t('cases.editor.resolveFirst', { count: open }) }, 6_000);
      return;
    }
    let resolutions = state.resolutions;
    if (state.newPseudonyms.length > 0) {
      // New pseudonyms join the roster first, so the names they replace are linked to a person.
      const updated = await updateCase
        .mutateAsync({
          id: detail.id,
          codeName: detail.codeName,
          format: detail.format,
          retentionUntil: detail.retentionUntil,
          people: [...detail.people, ...state.newPseudonyms.map((pseudonym) => ({ role: t('cases.roleToFill'), pseudonym }))],
          timeline: detail.timeline,
        })
        .catch(() => null);
      if (!updated) return;
      const byPseudonym = new Map(updated.people.map((p) => [normaliseName(p.pseudonym), p.id]));
      resolutions = resolutions.map((r) => (r.kind === 'pseudonym' && !r.personId ? { ...r, personId: byPseudonym.get(normaliseName(r.replacement)) ?? null } : r));
    }
    saveNotes.mutate({ id: detail.id, notes: state.text, resolutions });
  };

  useNotesKeys({
    save: () => void save(),
    next: (back) => move(back ? -1 : 1),
    accept: (all) => (all ? acceptAll() : active && accept(active)),
    ignore: () => active && ignore(active),
    skip: () => move(1),
    // Focus and select, so what is typed replaces the suggestion instead of being appended to it.
    choose: () => {
      choiceInput.current?.focus();
      choiceInput.current?.select();
    },
    undo,
    text: () => textarea.current?.focus(),
  });

  const status = !detector
    ? { text: detectorQuery.error ? describeError(detectorQuery.error, t).text : t('cases.editor.loadingDetector'), open: true }
    : findings.length
      ? { text: t('cases.editor.open', { count: findings.length }), open: true }
      : { text: t('cases.editor.allResolved'), open: false };

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
          <button type="button" className="btn" onClick={() => go(paths.case(detail.id))}>
            {t('editor.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={saving || saveWhy !== null} {...whyProps('notes-save-why', saveWhy)} onClick={() => void save()}>
            {saving ? t('editor.saving') : t('cases.editor.save')}
          </button>
          <DisabledReason id="notes-save-why" reason={saveWhy} />
        </div>
      </div>

      <div className="anon-grid">
        <HighlightedText value={state.text} shown={text} findings={findings} activeId={active?.id ?? null} textarea={textarea} onChange={(v) => setState({ ...state, text: v })} />
        <FindingsPanel
          findings={findings}
          active={active}
          status={status}
          choiceOf={(f) => choice[findingKey(f)]}
          people={people}
          canUndo={history.length > 0}
          choiceInput={choiceInput}
          actions={{
            select: setCurrent,
            accept,
            ignore: (f) => void ignore(f),
            skip: () => move(1),
            acceptAll,
            undo,
            choose: (f, v) => setChoice((c) => ({ ...c, [findingKey(f)]: v })),
          }}
        />
      </div>
    </section>
  );
}

/**
 * The replacements "Alle suggesties overnemen" puts in: what the user typed for a finding, else its
 * suggestion. A suggested pseudonym never lands on a second person: if the user chose it for someone
 * else, or it is already on the roster for someone else, the finding gets the next free "Persoon X".
 */
export function acceptAllReplacements(findings: Finding[], chosen: (f: Finding) => string, people: Array<{ id: string; pseudonym: string }>, words?: SuggestionWords): Map<string, string> {
  const out = new Map<string, string>();
  const owner = new Map<string, string>(people.map((p) => [normaliseName(p.pseudonym), `person:${p.id}`]));
  for (const f of findings) {
    const c = chosen(f);
    if (c && f.label === 'PERSOON' && !isPlaceholder(c)) owner.set(normaliseName(c), findingKey(f));
  }
  let letter = 0;
  for (const f of findings) {
    const c = chosen(f);
    let replacement = (c || f.suggestion).slice(0, PSEUDONYM_MAX);
    if (!c && f.label === 'PERSOON' && !isPlaceholder(replacement)) {
      const mine = f.personId ? `person:${f.personId}` : findingKey(f);
      const taken = (r: string) => {
        const o = owner.get(normaliseName(r));
        return o !== undefined && o !== mine;
      };
      while (taken(replacement)) replacement = personLabel(letter++, words);
      owner.set(normaliseName(replacement), mine);
    }
    out.set(f.id, replacement);
  }
  return out;
}

/**
 * Which words of the text were resolved before in this case: the backend compares keyed hashes only.
 * Asked shortly after typing stops, each form once.
 */
/** The words new suggestions are made of, in the UI language (stored text is never re-worded). */
function useSuggestionWords(): SuggestionWords {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(
    () => ({ person: t('cases.editor.personWord'), placeholders: t('cases.editor.placeholderWords', { returnObjects: true }) as Record<string, string> }),
    [t, lang],
  );
}

function useRecognised(caseId: string, text: string): Map<string, RecognisedForm> {
  const [known, setKnown] = useState<Map<string, RecognisedForm>>(new Map());
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const handle = setTimeout(() => {
      const forms = candidateForms(text).filter((f) => !asked.current.has(normaliseName(f)));
      if (forms.length === 0) return;
      for (const f of forms) asked.current.add(normaliseName(f));
      call('cases.recognise', { id: caseId, forms }).then(
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
  }, [text, caseId]);
  return known;
}

interface NotesKeys {
  save(): void;
  next(back: boolean): void;
  accept(all: boolean): void;
  ignore(): void;
  skip(): void;
  choose(): void;
  undo(): void;
  text(): void;
}

/** Keyboard: the whole review works without a mouse. Physical keys (e.code), so Option on a Mac works too. */
function useNotesKeys(keys: NotesKeys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = latest.current;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        k.save();
        return;
      }
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const handlers: Record<string, () => void> = {
        KeyN: () => k.next(e.shiftKey),
        KeyA: () => k.accept(e.shiftKey),
        KeyG: k.ignore,
        KeyS: k.skip,
        KeyP: k.choose,
        KeyZ: k.undo,
        KeyT: k.text,
      };
      const h = handlers[e.code];
      if (h) {
        e.preventDefault();
        h();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
