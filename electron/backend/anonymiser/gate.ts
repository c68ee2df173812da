import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import { createDetector, normaliseName, reviewFreeText, type Detector, type Label, type LexiconSources } from '../../../shared/anonymiser';
import { CODE_NAME_WORDS } from '../../../shared/cases/types';
import type { TextField } from '../../../shared/common/fields';
import { NEVER_IGNORED } from '../../../shared/anonymiser/policy';
import type { NameKey } from '../core/keys';
import { loadLexiconSources } from './lexicons';
import { detail } from '../../../shared/api/details';

/**
 * The anonymisation gate: the backend's own check, after the renderer's, that case text holds no
 * identifier the user did not resolve. Only offsets and labels leave this module — never the text of a
 * finding, so an error body or a log line can never carry a name.
 */

export interface GateContext {
  /** Phrases this case may contain: roster pseudonyms and replacements chosen before ("Moeder", "Persoon A"). */
  allowedPhrases: readonly string[];
  /** Keyed hashes of forms marked "geen identificatie" in this case. */
  ignoreHashes: ReadonlySet<string>;
  /** Forms marked "geen identificatie" in the request being saved; used in memory only. */
  ignoreForms?: readonly string[];
}

export interface Finding {
  label: Label;
  start: number;
  end: number;
}

/** A name or address in text that is not case material: for review, not refused. */
export interface FreeTextWarning extends Finding {
  path: string;
}

/** A text with its path in the request: 'notes', 'codeName', 'people.3.role', … */
export type GateField = TextField;

/**
 * Labels a pseudonym can never excuse: a roster pseudonym stands for a person, so "06-12345678" as a
 * pseudonym must not make a phone number acceptable. Only "geen identificatie" (an ignore key) can —
 * and for the structured identifiers below not even that.
 */
const STRUCTURED: ReadonlySet<Label> = new Set<Label>(['BSN', 'TELEFOON', 'EMAIL', 'POSTCODE', 'ID', 'DATUM']);

export { NEVER_IGNORED };

/** `[adres]`, `[datum]`, `[school]`: what the renderer puts in place of an identifier. */
const PLACEHOLDER = /\[[^[\]\n]{1,40}\]/g;

/**
 * The neutral code names ("Casus Zeester", "Casus Zeester 2") look like a name or a street with a
 * house number to the detector; they come from our own word list and are always allowed.
 */
const CODE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])Casus\\s+(?:${CODE_NAME_WORDS.join('|')})(?:\\s+\\d{1,3})?(?![\\p{L}\\p{N}])`,
  'giu',
);

/** No case: only the plain detector, nothing allowed beyond the neutral code names. */
export const NO_CASE: GateContext = { allowedPhrases: [], ignoreHashes: new Set() };

export class Gate {
  constructor(
    private readonly detector: () => Detector,
    private readonly nameKey: NameKey,
  ) {}

  /** Identifiers in `text` that the context does not allow. */
  checkText(text: string, ctx: GateContext): Finding[] {
    if (!text.trim()) return [];
    const ignoreForms = ctx.ignoreForms ?? [];
    const spans = this.detector().detect(text, { ignore: [...ignoreForms] });
    // "Geen identificatie" never excuses a structured identifier: look again without the ignored forms.
    if (ignoreForms.length > 0) spans.push(...this.structured(text).filter((x) => !spans.some((s) => s.start === x.start && s.end === x.end)));
    if (spans.length === 0) return [];
    const ignoreNormalised = new Set(ignoreForms.map(normaliseName));
    const phraseNormalised = new Set(ctx.allowedPhrases.map(normaliseName));
    const placeholders = occurrences(text, PLACEHOLDER);
    const phraseRanges = [...occurrences(text, CODE_NAME), ...(ctx.allowedPhrases.length ? occurrences(text, phraseRegex(ctx.allowedPhrases)) : [])];
    const findings: Finding[] = [];
    for (const s of spans) {
      const surface = text.slice(s.start, s.end);
      if (within(s, placeholders)) continue;
      const form = normaliseName(surface);
      const ignorable = !NEVER_IGNORED.has(s.label);
      if (ignorable && ignoreNormalised.has(form)) continue;
      if (ignorable && ctx.ignoreHashes.size > 0 && ctx.ignoreHashes.has(this.nameKey(surface))) continue;
      if (!STRUCTURED.has(s.label) && (phraseNormalised.has(form) || within(s, phraseRanges))) continue;
      findings.push({ label: s.label, start: s.start, end: s.end });
    }
    return findings;
  }

  /** The structured identifiers in `text` (BSN, phone, e-mail, postcode, case number), whatever the context. */
  structured(text: string): Finding[] {
    if (!text.trim()) return [];
    return this.detector()
      .detect(text)
      .filter((s) => NEVER_IGNORED.has(s.label))
      .map((s) => ({ label: s.label, start: s.start, end: s.end }));
  }

  /**
   * What is wrong with a chosen pseudonym or replacement: a structured identifier or a date in it, or a
   * full name (two or more words the detector reads as a person). A single first name ("Zora") is a
   * common pseudonym and stays allowed.
   */
  pseudonymProblems(text: string): Finding[] {
    return this.detector()
      .detect(text)
      .filter((s) => STRUCTURED.has(s.label) || (s.label === 'PERSOON' && /\S\s+\S/u.test(text.slice(s.start, s.end).trim())))
      .map((s) => ({ label: s.label, start: s.start, end: s.end }));
  }

  /** Refuses pseudonyms and replacements that are identifiers themselves (VALIDATION, path and label only). */
  assertPseudonyms(fields: readonly GateField[]): void {
    const details: ErrorDetail[] = [];
    for (const f of fields) for (const x of this.pseudonymProblems(f.text)) details.push(detail(f.path, 'pseudonym_identifies', `${x.label} is no pseudonym`, { label: x.label }));
    if (details.length > 0) throw new ApiError('VALIDATION', 'a pseudonym must not identify anyone', details.slice(0, 200));
  }

  /**
   * For text that is not case material (group descriptions, script text): structured identifiers do not
   * belong there at all. Refuses with IDENTIFIER, naming path, label and offsets; names are left to the
   * renderer's review (colleagues are named in such text on purpose).
   */
  assertNoStructured(fields: readonly GateField[]): void {
    const details: ErrorDetail[] = [];
    for (const f of fields) for (const x of this.structured(f.text)) details.push(detail(f.path, 'identifier_in_text', `${x.label} ${x.start}-${x.end}`, { label: x.label }));
    if (details.length > 0) throw new ApiError('IDENTIFIER', `${details.length} identifier(s) in text that is not case material`, details.slice(0, 200));
  }

  /**
   * The one call for text that is not case material (descriptions, script text, reflections, feedback,
   * portfolio): refuses structured identifiers with IDENTIFIER, as `assertNoStructured`, and returns what
   * looks like a person's name or an address, for the caller to show as a hint ("names flagged for
   * review"). `allowed`: names that belong there (group members, roster pseudonyms). Paths, labels and
   * offsets only — never the text.
   *
   *   const warnings = this.gate.reviewFreeText([{ path: 'comment', text: input.comment }], memberNames);
   */
  reviewFreeText(fields: readonly GateField[], allowed: readonly string[] = []): FreeTextWarning[] {
    const refused: ErrorDetail[] = [];
    const warnings: FreeTextWarning[] = [];
    const detector = this.detector();
    for (const f of fields) {
      const r = reviewFreeText(detector, f.text, allowed);
      for (const x of r.refused) refused.push(detail(f.path, 'identifier_in_text', `${x.label} ${x.start}-${x.end}`, { label: x.label }));
      for (const x of r.review) warnings.push({ path: f.path, label: x.label, start: x.start, end: x.end });
    }
    if (refused.length > 0) throw new ApiError('IDENTIFIER', `${refused.length} identifier(s) in text that is not case material`, refused.slice(0, 200));
    return warnings;
  }

  /** Checks every field; refuses with UNRESOLVED, naming path, label and offsets of each finding. */
  assertResolved(fields: readonly GateField[], ctx: GateContext): void {
    const details: ErrorDetail[] = [];
    for (const f of fields) {
      for (const x of this.checkText(f.text, ctx)) details.push(detail(f.path, 'identifier_in_text', `${x.label} ${x.start}-${x.end}`, { label: x.label }));
    }
    if (details.length > 0) {
      throw new ApiError('UNRESOLVED', `${details.length} unresolved identifier(s)`, details.slice(0, 200));
    }
  }
}

interface Range {
  start: number;
  end: number;
}

function occurrences(text: string, re: RegExp): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function within(s: Range, ranges: readonly Range[]): boolean {
  return ranges.some((r) => r.start <= s.start && s.end <= r.end);
}

/** One regex for all phrases: case-insensitive, any whitespace between words, whole words only. */
function phraseRegex(phrases: readonly string[]): RegExp {
  const alts = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(escapeRegex).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Anonymiser {
  sources: () => LexiconSources;
  detector: () => Detector;
}

const anonymisers = new Map<string, Anonymiser>();

/**
 * The lexicons and the detector built from them, once per process and folder, on first use: building
 * the detector takes ~55 ms here (after ~10 ms reading ~0.9 MB of word lists), which a backend that never touches
 * a case should not pay at start, and tests with many backends should pay only once.
 */
export function anonymiserFor(lexiconDir: string, onBuilt?: (ms: number) => void): Anonymiser {
  let a = anonymisers.get(lexiconDir);
  if (!a) {
    let sources: LexiconSources | null = null;
    let detector: Detector | null = null;
    const getSources = () => (sources ??= loadLexiconSources(lexiconDir));
    a = {
      sources: getSources,
      detector: () => {
        if (!detector) {
          const t0 = performance.now();
          detector = createDetector(getSources());
          onBuilt?.(performance.now() - t0);
        }
        return detector;
      },
    };
    anonymisers.set(lexiconDir, a);
  }
  return a;
}
