import { NEVER_IGNORED } from './policy';
import type { Detector, Span } from './types';

/**
 * Text that is not case material — group and session descriptions, script text, reflections, feedback,
 * portfolio entries — is written about colleagues and the work, not about clients. Two kinds of finding:
 *
 * - `refused`: structured identifiers (BSN, phone, e-mail, postcode, case number). They do not belong
 *   there at all; the backend refuses them (`Gate.reviewFreeText` throws IDENTIFIER).
 * - `review`: what looks like a person's name or a street address. Colleagues are named on purpose, so
 *   this is a hint for the writer ("is dit een cliënt?"), never a refusal. Words in `allowed` (member
 *   names, roster pseudonyms, the case's code name) are not flagged.
 *
 * Offsets only: a caller shows the text itself from its own copy, and never logs it.
 */
export interface FreeTextReview {
  refused: Span[];
  review: Span[];
}

export function reviewFreeText(detector: Detector, text: string, allowed: readonly string[] = []): FreeTextReview {
  if (!text.trim()) return { refused: [], review: [] };
  const ranges = allowedRanges(text, allowed);
  const refused: Span[] = [];
  const review: Span[] = [];
  for (const s of detector.detect(text)) {
    if (NEVER_IGNORED.has(s.label)) refused.push(s);
    else if (isReviewed(s, text) && !coveredByAllowed(text, s, ranges)) review.push(s);
  }
  return { refused, review };
}

interface Range {
  start: number;
  end: number;
}

/** Where the allowed names stand in the text: each whole, and each part of three letters or more ("Anna", "Vries"). */
function allowedRanges(text: string, allowed: readonly string[]): Range[] {
  const phrases = new Set<string>();
  for (const a of allowed) {
    const p = a.trim();
    if (!p) continue;
    phrases.add(p);
    for (const part of p.split(/\s+/u)) if ([...part].length > 2) phrases.add(part);
  }
  const out: Range[] = [];
  for (const p of phrases) {
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\d])${escaped}(?![\\p{L}\\p{M}\\d])`, 'giu'))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A finding is an allowed name when every word of two letters or more in it lies inside an allowed name:
 * "Persoon A." (the letter and full stop read as an initial) and "De Vries" for a member "Anna de Vries".
 */
function coveredByAllowed(text: string, s: Span, ranges: readonly Range[]): boolean {
  if (ranges.length === 0) return false;
  const surface = text.slice(s.start, s.end);
  for (const m of surface.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]+/gu)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const particle = PARTICLES.has(m[0].toLowerCase());
    if (!particle && !ranges.some((r) => r.start <= start && end <= r.end)) return false;
  }
  // Particles only ("De" before an allowed "Vries"): nothing of a name of its own.
  return true;
}

/** Name particles: "de", "van", "el" in "Anna de Vries" are no name of their own. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'el', 'al', 'ben', 'la', 'le', 'von', 'da', 'dos', 'du']);

/** A person's name, or a place with a house number (an address): worth a second look in free text. */
function isReviewed(s: Span, text: string): boolean {
  if (s.label === 'PERSOON') return true;
  return s.label === 'LOCATIE' && /\d/.test(text.slice(s.start, s.end));
}
