/**
 * Leertafel anonymiser: finds identifiers in Dutch youth-protection case material.
 * Pure TypeScript (no Node built-ins, no DOM): the renderer highlights live, the backend checks again.
 *
 *   const detector = createDetector(sources);            // sources: { 'voornamen-nl-eigen': '<text of resources/lexicons/voornamen-nl-eigen.txt>', … }
 *                                                         // (files are merged by name prefix: voornamen*, achternamen*, plaatsen*, negatief*, …)
 *   const spans = detector.detect(text, { knownNames: ['Fatima El Amrani'], ignore: ['Bobby'] });
 *   const entities = groupMentions(text, spans);          // one entry per person/place/number, all mentions, a suggestion
 *   const decisions = suggestDecisions(entities);         // review UI edits: replacement, or action 'ignore'
 *   const safe = pseudonymise(text, decisions);           // "Fatima's" -> "Persoon A's" everywhere
 *
 * Spans: UTF-16 offsets into the caller's text, end exclusive, sorted, non-overlapping. Every check runs on
 * the text as a reader sees it (readerText: NFKC; dash, space and invisible characters; all decimal digits),
 * and the spans are mapped back, so a BSN written with no-break spaces or fullwidth digits is found and
 * highlighted where it stands. Titles/role words (mw., juf, oma), degrees (MSc) and keywords (BSN,
 * zaaknummer) stay outside a span; a possessive 's stays outside too.
 * knownNames: always found, any case, with possessive, and each part of a full name.
 * ignore: surface forms marked "geen identificatie" (compared with normaliseName) are never reported.
 */
export type { Label, Span, DetectOptions, Detector } from './types';
export type { LexiconSources } from './lexicon';
export { createDetector } from './detector';
export { normaliseName } from './normalise';
export { groupMentions, suggestDecisions, pseudonymise, letterName } from './pseudonymise';
export type { Entity, Mention, Decision } from './pseudonymise';
export { isValidBsn, isValidIban } from './structured';
export { reviewFreeText, type FreeTextReview } from './freeText';
