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
}

const PLACEHOLDER = /^\[[^\]\n]{1,40}\]$/;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;


/** Every occurrence of a known form as a whole word sequence, case-insensitively. */
function occurrences(text: string, form: string): Span[] {
  const out: Span[] = [];
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\d])${escaped}(?![\\p{L}\\p{M}\\d])`, 'giu');
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
    return !pseudonyms.has(key) && !ignoreKeys.has(key) && !PLACEHOLDER.test(surface);
  });

  const entities = groupMentions(text, spans);
  const used = new Set(pseudonyms);
  let letter = 0;
  return entities.map((e) => {
    const hit = e.forms.map((f) => ctx.known.get(normaliseName(f))).find((k) => k?.kind === 'pseudonym');
    if (hit) {
      const person = ctx.people.find((p) => p.id === hit.personId);
      return { ...e, suggestion: person?.pseudonym ?? hit.replacement, personId: person?.id ?? null, recognised: true };
    }
    if (e.label !== 'PERSOON') return { ...e, personId: null, recognised: false };
    // A fresh "Persoon X" that no roster pseudonym already uses.
    let suggestion = `Persoon ${letterName(letter)}`;
    while (used.has(normaliseName(suggestion))) suggestion = `Persoon ${letterName(++letter)}`;
    used.add(normaliseName(suggestion));
    letter++;
    return { ...e, suggestion, personId: null, recognised: false };
  });
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
