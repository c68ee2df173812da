// The detector: one tokenisation pass, lexicon lookups with context rules for names, places and
// institutions, regex recognisers for structured identifiers, overlap resolution, and document-level
// propagation of confidently found names. Pure TypeScript (no Node built-ins, no DOM).
//
// detect() first takes the text as a reader sees it (../readerText.ts: NFKC, dashes, spaces, invisible
// characters, digits), runs the passes on that text and maps the spans back to the caller's offsets.
// The passes run in this order, each in a file of its own:
//   tokens.ts        tokenize: the text into parallel token arrays
//   ../structured.ts detectStructured: e-mail, IBAN, BSN, phone, postcode, date, ID spans
//   prose.ts         findHeadingLines: the heading lines of report prose (a capital there says nothing)
//   addresses.ts     findStreetAddresses: "Achter de Kerk 5", "Het Hoge Land 8", "Oudegracht NZ 112"
//   institutions.ts  detectInstitutions: "basisschool De Horizon", "Wolfert Lyceum"
//   classify.ts      classifyWords: a label per word (with prose.ts, layout.ts, contextRules.ts, addresses.ts, calendarNames.ts)
//   propagate.ts     labelKnownNames: the caller's known names win
//   places.ts        findPlacesInContext: places beside dates and postcodes, "Alphen aan den Rijn"
//   propagate.ts     propagateTokens: a name found once is found at every mention
//   propagate.ts     labelDefinedInitials: "Ans Hermans (AH)" makes every "AH" the person
//   propagate.ts     labelImpliedInitials: "HO opent" in a text that names Harmke Oosterwijk
//   evidence.ts      dropNamesWithoutEvidence: in report prose a lone ordinary word needs evidence of a person
//   spans.ts         buildSpans: labelled tokens into spans (names with particles, streets with numbers)
//   resolve.ts       resolve: sorted, non-overlapping spans; then the ignored forms are dropped
// Shared by the passes: scan.ts (the state of one call), neighbours.ts (what surrounds a token) and
// wordClasses.ts (closed word classes and lexicon predicates).
import { parseLexicons, type Lexicon, type LexiconSources } from '../lexicon';
import { detectStructured } from '../structured';
import { originalRange, readerText } from '../readerText';
import type { DetectOptions, Detector, Span } from '../types';
import { findStreetAddresses } from './addresses';
import { dropNamesWithoutEvidence } from './evidence';
import { classifyWords } from './classify';
import { detectInstitutions } from './institutions';
import { findPlacesInContext } from './places';
import { findHeadingLines } from './prose';
import { knownNameForms, labelDefinedInitials, labelImpliedInitials, labelKnownNames, propagateTokens } from './propagate';
import { resolve, withoutIgnored } from './resolve';
import { createScan } from './scan';
import { buildSpans } from './spans';
import { tokenize } from './tokens';

export function createDetectorFromLexicon(lex: Lexicon): Detector {
  return {
    detect(original: string, options?: DetectOptions): Span[] {
      const reader = readerText(original);
      const text = reader.text;
      const scan = createScan(text, tokenize(text), lex);
      const known = knownNameForms(lex, options?.knownNames?.map((name) => readerText(name).text));
      detectStructured(text, scan.spans);
      findHeadingLines(scan);
      findStreetAddresses(scan);
      detectInstitutions(scan);
      classifyWords(scan);
      labelKnownNames(scan, known);
      findPlacesInContext(scan);
      propagateTokens(scan, known);
      labelDefinedInitials(scan);
      labelImpliedInitials(scan);
      dropNamesWithoutEvidence(scan, known);
      buildSpans(scan);
      const ignore = options?.ignore?.map((form) => readerText(form).text);
      const spans = withoutIgnored(text, resolve(scan.spans), ignore);
      if (!reader.mapped) return spans.map((s) => ({ start: s.start, end: s.end, label: s.label }));
      // back to the caller's offsets; a span that ends inside a character that became two (ﬁ -> fi)
      // may touch the next one there, which keeps its own part
      const out: Span[] = [];
      let previousEnd = 0;
      for (const s of spans) {
        let [start, end] = originalRange(reader, s.start, s.end);
        if (start < previousEnd) start = previousEnd;
        if (end <= start) continue;
        out.push({ start, end, label: s.label });
        previousEnd = end;
      }
      return out;
    },
  };
}

export function createDetector(sources: LexiconSources): Detector {
  return createDetectorFromLexicon(parseLexicons(sources));
}
