/**
 * The decision guard. An MLB takes no decisions about clients (DOMAIN.md, ground rules): when someone
 * types a decision about the client or family into the canvas, the UI offers to rephrase it as a
 * suggestion for werkbegeleiding or to move it to "meenemen naar werkbegeleiding". It is a nudge, not a
 * gate: it speaks up on decisions by this session — a placement, a contact arrangement, starting or
 * ending help, a report, a measure, closing the case, escalation, advice to the court, also when
 * written as an order, a firm condition or a decision not to act — and stays silent on facts, decisions
 * by others, quotes, questions, possibilities, weighing, reflection, method talk and decisions about the
 * session itself.
 *
 * The parts live in ./guard/: words.ts (word classes), tokens.ts (sentences, tokens, clauses),
 * context.ts (what is not this session's decision), frames.ts and deciding.ts (the shapes of a case
 * decision, with frame-kit.ts for what they share), detect.ts (the reading, cached per sentence),
 * rephrase.ts (the suggestion), corpus.ts (scoring on a labelled corpus).
 */
export { clearGuardCache, findDecisionLanguage, guardVerdict, type DecisionMatch, type Form, type Reason } from './guard/detect';
export { SUGGESTION_PREFIX, rephraseAsSuggestion } from './guard/rephrase';
