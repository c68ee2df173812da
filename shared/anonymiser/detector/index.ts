// The detector: one tokenisation pass, lexicon lookups with context rules for names, places and
// institutions, regex recognisers for structured identifiers, overlap resolution, and document-level
// propagation of confidently found names. Pure TypeScript (no Node built-ins, no DOM).
//
// detect() runs the passes in this order, each in a file of its own:
//   tokens.ts        tokenize: the text into parallel token arrays
//   ../structured.ts detectStructured: e-mail, IBAN, BSN, phone, postcode, date, ID spans
//   institutions.ts  detectInstitutions: "basisschool De Horizon", "Wolfert Lyceum"
//   classify.ts      classifyWords: a label per word (with contextRules.ts, addresses.ts)
//   propagate.ts     labelKnownNames: the caller's known names win
//   places.ts        findPlacesInContext: places beside dates and postcodes, "Alphen aan den Rijn"
//   propagate.ts     propagateTokens: a name found once is found at every mention
//   spans.ts         buildSpans: labelled tokens into spans (names with particles, streets with numbers)
//   resolve.ts       resolve: sorted, non-overlapping spans; then the ignored forms are dropped
// Shared by the passes: scan.ts (the state of one call), neighbours.ts (what surrounds a token) and
// wordClasses.ts (closed word classes and lexicon predicates).
import { parseLexicons, type Lexicon, type LexiconSources } from '../lexicon';
import { detectStructured } from '../structured';
import type { DetectOptions, Detector, Span } from '../types';
import { classifyWords } from './classify';
import { detectInstitutions } from './institutions';
import { findPlacesInContext } from './places';
import { knownNameForms, labelKnownNames, propagateTokens } from './propagate';
import { resolve, withoutIgnored } from './resolve';
import { createScan } from './scan';
import { buildSpans } from './spans';
import { tokenize } from './tokens';

export function createDetectorFromLexicon(lex: Lexicon): Detector {
  return {
    detect(text: string, options?: DetectOptions): Span[] {
      const scan = createScan(text, tokenize(text), lex);
      const known = knownNameForms(lex, options?.knownNames);
      detectStructured(text, scan.spans);
      detectInstitutions(scan);
      classifyWords(scan);
      labelKnownNames(scan, known);
      findPlacesInContext(scan);
      propagateTokens(scan, known);
      buildSpans(scan);
      const spans = withoutIgnored(text, resolve(scan.spans), options?.ignore);
      return spans.map((s) => ({ start: s.start, end: s.end, label: s.label }));
    },
  };
}

export function createDetector(sources: LexiconSources): Detector {
  return createDetectorFromLexicon(parseLexicons(sources));
}
