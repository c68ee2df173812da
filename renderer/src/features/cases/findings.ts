/**
 * The review model of the anonymisation editor, kept free of React so it can be tested directly:
 * from the raw text and what is known about the case, which findings remain and what each should become.
 */
import { groupMentions, letterName, normaliseName, type Detector, type Entity, type Span } from '../../../../shared/anonymiser';
import type { CasePerson, RecognisedForm } from '../../../../shared/cases/types';

export interface Finding extends Entity {
  /** The roster person the suggestion points to, if any. */
  personId: string | null;
  /** True when a keyed hash told us this form was resolved before in this case. */
  recognised: boolean;
}

export interface ReviewContext {
  people: CasePerson[];
  /** Surface forms marked "geen identificatie" (this edit, or recognised from before). */
  ignore: string[];
  /** Forms the backend recognised as resolved before, by normalised form. */
  known: Map<string, RecognisedForm>;
  /** Replacements already put into the text in this edit ("Persoon A", "[adres]"). */
  replacements?: string[];
  /** Pseudonyms the user typed for a finding but has not accepted yet: never suggested for anyone else. */
  reserved?: string[];
  /**
   * The words of new suggestions in the UI language: "Persoon" / "Person" before the letter, and the
   * placeholders ("[adres]" → "[address]"). Only what the screen suggests follows the language; a
   * pseudonym or placeholder once stored stays as stored. Dutch when left out.
   */
  words?: SuggestionWords;
}

export interface SuggestionWords {
  person: string;
  /** The detector's Dutch placeholder → the one to suggest. */
  placeholders: Readonly<Record<string, string>>;
}

/** A fresh "Persoon A" / "Person A" for the letter with this index. */
export function personLabel(index: number, words?: SuggestionWords): string {
  return `${words?.person ?? 'Persoon'} ${letterName(index)}`;
}

/** A placeholder such as "[school]" or "[plaats]": a replacement that is never a person on the roster. */
export function isPlaceholder(replacement: string): boolean {
  return PLACEHOLDER.test(replacement.trim());
}

/**
 * What a finding is, independent of the other findings: its label and its forms. Entity ids ("PERSOON-1")
 * are renumbered every time the text changes, so a choice typed for one finding must not be keyed by them.
 */
export function findingKey(f: Pick<Finding, 'label' | 'forms'>): string {
  return `${f.label}\u0000${[...new Set(f.forms.map(normaliseName))].sort().join('\u0001')}`;
}

/**
 * "Vervang overal": every mention the detector found, and every other occurrence of the same forms as a
 * whole word sequence (a name exactly as written; other identifiers in any case), also where the detector
 * saw the form inside a longer span ("In Almere Haven") or did not see it at all.
 */
export function everyMention(text: string, f: Pick<Finding, 'label' | 'forms' | 'mentions'>): Array<{ start: number; end: number }> {
  const all: Array<{ start: number; end: number }> = f.mentions.map((m) => ({ start: m.start, end: m.end }));
  for (const form of f.forms) {
    if (!form.trim()) continue;
    for (const o of occurrences(text, form, f.label !== 'PERSOON')) if (!all.some((m) => m.start < o.end && o.start < m.end)) all.push(o);
  }
  return all.sort((a, b) => a.start - b.start);
}

const PLACEHOLDER = /^\[[^\]\n]{1,40}\]$/;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;


/** Every occurrence of a known form as a whole word sequence, case-insensitively. */
function occurrences(text: string, form: string, ignoreCase = true): Span[] {
  const out: Span[] = [];
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\d])${escaped}(?![\\p{L}\\p{M}\\d])`, ignoreCase ? 'giu' : 'gu');
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, label: 'PERSOON' });
  return out;
}

function mergeSpans(base: Span[], extra: Span[]): Span[] {
  const all = [...base];
  for (const e of extra) if (!all.some((s) => s.start < e.end && e.start < s.end)) all.push(e);
  return all.sort((a, b) => a.start - b.start);
}

export function computeFindings(detector: Detector, text: string, ctx: ReviewContext): Finding[] {
  const pseudonyms = new Set(ctx.people.map((p) => normaliseName(p.pseudonym)));
  const ignoreKeys = new Set(ctx.ignore.map(normaliseName));
  for (const k of ctx.known.values()) if (k.kind === 'ignore') ignoreKeys.add(normaliseName(k.form));

  let spans = detector.detect(text, { ignore: [...ignoreKeys] });
  // Names resolved before in this case are found even where the detector alone would not find them.
  const extra: Span[] = [];
  for (const k of ctx.known.values()) if (k.kind === 'pseudonym') extra.push(...occurrences(text, k.form));
  // A pseudonym in the text is ours, also where the detector sees only part of it ("mw. Persoon A").
  const protectedRanges = [...new Set([...ctx.people.map((p) => p.pseudonym), ...(ctx.replacements ?? [])])]
    .filter((p) => p.trim() && !p.startsWith('['))
    .flatMap((p) => occurrences(text, p));
  spans = mergeSpans(spans, extra).filter((s) => {
    const surface = text.slice(s.start, s.end);
    const key = normaliseName(surface);
    if (protectedRanges.some((r) => r.start <= s.start && s.end <= r.end)) return false;
    // "Persoon A." at the end of a sentence: the detector reads the letter and the full stop as an initial.
    // What lies outside the pseudonym must hold a word of its own to be a finding.
    const around = protectedRanges.find((r) => r.start < s.end && s.start < r.end);
    if (around && !/[\p{L}\p{M}]{2}/u.test(text.slice(s.start, Math.max(s.start, around.start)) + ' ' + text.slice(Math.min(s.end, around.end), s.end))) return false;
    return !pseudonyms.has(key) && !ignoreKeys.has(key) && !PLACEHOLDER.test(surface);
  });

  const entities = mergeAcrossLabels(groupMentions(text, spans));
  const used = new Set([...pseudonyms, ...(ctx.replacements ?? []).map(normaliseName), ...(ctx.reserved ?? []).map(normaliseName)]);
  let letter = 0;
  return entities.map((e) => {
    const hit = e.forms.map((f) => ctx.known.get(normaliseName(f))).find((k) => k?.kind === 'pseudonym');
    if (hit) {
      const person = ctx.people.find((p) => p.id === hit.personId);
      return { ...e, suggestion: person?.pseudonym ?? hit.replacement, personId: person?.id ?? null, recognised: true };
    }
    if (e.label !== 'PERSOON') return { ...e, suggestion: ctx.words?.placeholders[e.suggestion] ?? e.suggestion, personId: null, recognised: false };
    // A fresh "Persoon X" that no roster pseudonym already uses.
    let suggestion = personLabel(letter, ctx.words);
    while (used.has(normaliseName(suggestion))) suggestion = personLabel(++letter, ctx.words);
    used.add(normaliseName(suggestion));
    letter++;
    return { ...e, suggestion, personId: null, recognised: false };
  });
}

/**
 * One thing, one finding: where the detector read the same form as a school or place in one sentence and
 * as a name in another ("basisschool De Regenboog. De Regenboog belt"), the name reading joins the other,
 * so it is resolved once, with a placeholder, and never lands on the roster as a person.
 */
function mergeAcrossLabels(entities: Entity[]): Entity[] {
  const other = new Map<string, Entity>();
  for (const e of entities) if (e.label !== 'PERSOON') for (const f of e.forms) if (!other.has(normaliseName(f))) other.set(normaliseName(f), e);
  const out: Entity[] = [];
  for (const e of entities) {
    const into = e.label === 'PERSOON' ? e.forms.map((f) => other.get(normaliseName(f))).find(Boolean) : undefined;
    if (!into) {
      out.push(e);
      continue;
    }
    into.mentions = [...into.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    into.forms = [...new Set([...into.forms, ...e.forms])];
  }
  return out;
}

/** Word 1- to 3-grams of the text: what we ask the backend about (it compares keyed hashes). */
export function candidateForms(text: string, limit = 20_000): string[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const out = new Set<string>();
  for (let i = 0; i < words.length && out.size < limit; i++) {
    out.add(words[i].w);
    for (let n = 2; n <= 3 && i + n - 1 < words.length; n++) {
      const gap = text.slice(words[i + n - 2].end, words[i + n - 1].start);
      if (!/^\s+$/.test(gap) || gap.includes('\n')) break;
      out.add(text.slice(words[i].start, words[i + n - 1].end));
    }
  }
  return [...out].filter((f) => f.length <= 200).slice(0, limit);
}
