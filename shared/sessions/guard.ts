/**
 * The decision guard. An MLB takes no decisions about clients (DOMAIN.md, ground rules): when someone
 * types decision language into the canvas, the UI offers to rephrase it as a suggestion for
 * werkbegeleiding. It is a nudge, not a gate, so it errs towards silence: the case's history ("het
 * besluit van de rechter", "sinds de OTS") is ordinary talk and must never light up.
 *
 * Runs on every keystroke over the whole canvas, so all patterns are compiled once and a cheap
 * keyword test skips texts that cannot contain a match.
 */

export interface DecisionMatch {
  start: number;
  end: number;
  phrase: string;
  reason: 'besluit' | 'maatregel' | 'advies-rechter' | 'onderzoek';
}

type Reason = DecisionMatch['reason'];

// JS's \b only knows ASCII letters; Dutch has ë, é, ï.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const S = '\\s+';
/** Up to n words in between, within one sentence. */
const gap = (n: number) => `(?:\\s+[^\\s.!?;:]+){0,${n}}?\\s+`;
const ee = '(?:ë|e)'; // beëindigen is often typed without the diaeresis

/** Who would be deciding: the speaker or the group itself. */
const SUBJ = `(?:we|wij|ik|het${S}team|de${S}groep|ons${S}team)`;
const SOFT = `(?:${S}(?:nu|vandaag|dus|daarom|hier|samen|dan|toch|wel|gewoon))?`;
const DECIDE_NOW = '(?:besluiten|besluit|beslissen|beslist|beslis)';
const MODAL = '(?:gaan|ga|gaat|zullen|zal|moeten|moet|willen|wil|kunnen|kan)';
const PERFECT = '(?:hebben|heb|heeft)';
/** "het besluit" is a noun; "besluit het team" is a verb. */
const NOT_AFTER_ARTICLE = `(?<!${B}(?:het|een|dit|dat|geen|zijn|haar|hun|zo'n|ons)\\s+)`;

const PROTECTION = `(?:(?:spoed|voorlopige)[-\\s]?)?(?:ots|ondertoezichtstelling|uhp|uithuisplaatsing|machtiging(?:${S}(?:tot${S})?uithuisplaatsing)?|voogdij|gezagsbe${ee}indiging|ontheffing|ontzetting)`;
const MEASURE = `(?:(?:kinder|jeugd)beschermingsmaatregel|(?:gezagsbe${ee}indigende${S})?maatregel)`;
/** Requesting or starting something; "nemen"/"treffen" only go with maatregel (you don't "take" an OTS). */
const REQUEST_WORDS = `aanvragen|aan${S}te${S}vragen|verzoeken|te${S}verzoeken|indienen|in${S}te${S}dienen|opleggen|op${S}te${S}leggen|inzetten|in${S}te${S}zetten|verlengen|te${S}verlengen`;
const REQUEST_INF = `(?:${REQUEST_WORDS})`;
const MEASURE_INF = `(?:${REQUEST_WORDS}|nemen|te${S}nemen|treffen|te${S}treffen|starten|te${S}starten)`;
const RAAD = `(?:de${S})?(?:raad(?:${S}voor${S}de${S}kinderbescherming)?|rvdk)`;
const JUDGE = '(?:kinder)?rechter';
const VT = `(?:veilig${S}thuis|vt|het${S}amhk)`;

interface Rule {
  reason: Reason;
  re: RegExp;
  /** Past tense words (was, werd, aangevraagd …) make a match history. Decision verbs carry their own tense. */
  tense: boolean;
}

const rule = (reason: Reason, source: string, tense = true): Rule => ({ reason, re: new RegExp(source, 'giu'), tense });

const RULES: readonly Rule[] = [
  // ── besluit: we/ik/het team deciding, now, soon or just now ───────────────────────────────────
  rule('besluit', `${B}${SUBJ}${SOFT}${S}${DECIDE_NOW}${E}`, false),
  rule('besluit', `${B}${SUBJ}${S}${MODAL}${SOFT}${S}(?:besluiten|beslissen)${E}`, false),
  rule('besluit', `${B}${SUBJ}${S}${PERFECT}${gap(3)}(?:besloten|beslist)${E}`, false),
  rule('besluit', `${NOT_AFTER_ARTICLE}${B}${DECIDE_NOW}${S}${SUBJ}${E}`, false),
  rule('besluit', `${B}${PERFECT}${S}${SUBJ}${gap(3)}(?:besloten|beslist)${E}`, false),
  // "we nemen het besluit van de rechter serieus" is about someone else's decision.
  rule('besluit', `${B}${SUBJ}${SOFT}${S}(?:nemen|neem|neemt)${SOFT}${S}(?:een|het|dit|dat)${S}besluit${E}(?!${S}van${E})`, false),
  rule('besluit', `${B}(?:nemen|neem|neemt)${S}${SUBJ}${SOFT}${S}(?:een|het|dit|dat)${S}besluit${E}(?!${S}van${E})`, false),
  rule('besluit', `${B}${SUBJ}${SOFT}${S}${MODAL}${SOFT}${S}(?:een|het)${S}besluit${S}nemen${E}`, false),
  rule('besluit', `${B}${SUBJ}${S}${PERFECT}${SOFT}${S}(?:een|het|dit|dat)${S}besluit${S}genomen${E}`, false),
  // A label in minutes or on the canvas: "Besluit:", "Besluit van de groep".
  rule('besluit', `${NOT_AFTER_ARTICLE}${B}(?:groeps|team)?besluit(?:en)?\\s*:`, false),
  rule('besluit', `${B}(?:groeps|team)besluit${E}`, false),
  rule('besluit', `${B}besluit${S}van${S}(?:de${S}groep|het${S}team|ons|de${S}leergroep|de${S}bijeenkomst|de${S}mlb)${E}`, false),

  // ── maatregel: requesting, imposing or starting a child protection measure ──────────────────────
  rule('maatregel', `${B}${PROTECTION}${gap(4)}${REQUEST_INF}${E}`),
  rule('maatregel', `${B}${MEASURE}${gap(4)}${MEASURE_INF}${E}`),
  // Separable verbs with the noun inside: "we vragen een OTS aan", "leggen een maatregel op".
  rule('maatregel', `${B}(?:vragen|vraag|vraagt)${gap(3)}(?:${PROTECTION}|${MEASURE})${gap(4)}aan${E}`),
  rule('maatregel', `${B}(?:leggen|leg|legt|dienen|dien|dient|zetten|zet)${gap(3)}(?:${PROTECTION}|${MEASURE})${gap(3)}(?:op|in)${E}`),
  rule('maatregel', `${B}(?:nemen|neem|neemt|treffen|tref|treft|starten|start)${gap(3)}${MEASURE}${E}`),
  rule('maatregel', `${B}(?:het${S})?(?:aanvragen|opleggen|indienen|inzetten|verlengen)${S}van${S}(?:een|de)${S}(?:${PROTECTION}|${MEASURE})${E}`),
  // "uithuisplaatsen" as a verb; the noun "uithuisplaatsing" alone is history or discussion.
  rule('maatregel', `${B}(?:uithuisplaatsen|uithuis${S}te${S}plaatsen|uit${S}huis${S}(?:te${S})?plaatsen)${E}`),
  rule('maatregel', `${B}(?:plaatsen|plaats|plaatst)${gap(3)}uit${S}huis${E}`),
  rule('maatregel', `${B}(?:het${S})?gezag${gap(3)}(?:te${S})?(?:be${ee}indigen|ontnemen)${E}`),
  rule('maatregel', `${B}(?:be${ee}indigen|ontnemen)${gap(2)}(?:het${S})?gezag${E}`),
  // A melding bij Veilig Thuis is not a maatregel in law, but it is the same kind of step: taken by
  // the case holder under the meldcode with their manager, never by a leergroep. See the report.
  rule('maatregel', `${B}(?:een${S})?melding${gap(4)}(?:doen|te${S}doen|maken|te${S}maken|indienen|in${S}te${S}dienen)${E}`),
  rule('maatregel', `${B}(?:doen|doe|doet|maken|maak|maakt)${gap(2)}(?:een${S})?melding${E}`),
  rule('maatregel', `${B}(?:melden|meld|meldt)${gap(3)}bij${S}${VT}${E}`),
  rule('maatregel', `${B}bij${S}${VT}${S}(?:te${S})?melden${E}`),

  // ── onderzoek: asking the Raad voor de Kinderbescherming to investigate ────────────────────────
  rule('onderzoek', `${B}(?:een${S})?verzoek${S}tot${S}(?:een${S})?(?:raads|beschermings)?onderzoek${gap(3)}(?:doen|te${S}doen|indienen|in${S}te${S}dienen|sturen|te${S}sturen|versturen|neerleggen)${E}`),
  rule('onderzoek', `${B}(?:een${S})?verzoek${S}tot${S}(?:een${S})?(?:raads|beschermings)?onderzoek${S}(?:bij|aan|naar)${S}${RAAD}${E}`),
  rule('onderzoek', `${B}(?:doen|doe|doet|dienen|dien|dient|sturen|stuur|stuurt)${gap(2)}(?:een${S})?verzoek${S}tot${S}(?:een${S})?(?:raads|beschermings)?onderzoek${E}`),
  rule('onderzoek', `${B}(?:raads|beschermings)onderzoek${S}(?:aanvragen|aan${S}te${S}vragen|verzoeken|vragen)${E}`),
  rule('onderzoek', `${B}(?:vragen|vraag|verzoeken|verzoek)${S}${RAAD}${S}(?:om${S})?(?:een${S})?(?:raads|beschermings)?onderzoek${E}`),

  // ── advies aan de rechter ───────────────────────────────────────────────────────────────────────
  rule('advies-rechter', `(?<!${B}(?:zijn|haar|hun)\\s+)${B}advies${S}aan${S}de${S}${JUDGE}${E}`),
  rule('advies-rechter', `${B}${SUBJ}${SOFT}(?:${S}${MODAL})?${S}(?:adviseren|adviseer|adviseert)${S}(?:de${S})?${JUDGE}${E}`),
  rule('advies-rechter', `${B}(?:adviseren|adviseer)${S}(?:we|wij|ik)${S}(?:de${S})?${JUDGE}${E}`),
  rule('advies-rechter', `${B}(?:de${S})?${JUDGE}${S}(?:te${S})?adviseren${E}`),
  rule('advies-rechter', `${B}(?:de${S})?${JUDGE}${S}(?:een${S}|ons${S})?advies${S}(?:te${S})?(?:geven|sturen)${E}`),
];

/** Cheap first pass: a text without any of these stems cannot match a rule. */
const KEYWORDS = /besl|besluit|ots|uhp|uithuis|uit\s+huis|maatregel|ondertoezicht|machtiging|voogdij|gezag|ontheffing|ontzetting|meld|onderzoek|rechter/i;

/** Talk about the past: a decision someone took then, not one taken here. */
const TIME_PAST = new RegExp(
  `${B}(?:vorige?${S}(?:jaar|week|maand|keer|zomer|winter|herfst|lente|najaar|voorjaar|zitting)|de${S}vorige${S}keer|geleden|toen|destijds|indertijd|vroeger|afgelopen${S}(?:jaar|maand|week|zomer|winter|najaar|voorjaar)|gisteren|in${S}het${S}verleden)${E}`,
  'iu',
);
const TENSE_PAST = new RegExp(
  `${B}(?:was|waren|werd|werden|had|hadden|ging|gingen|kwam|kwamen|gaf|gaven|deed|deden|vroeg|vroegen|nam|namen|legde|legden|diende|dienden|startte|startten|liep|liepen|besloot|adviseerde|adviseerden|meldde|meldden|plaatste|plaatsten|stond|stonden|wilde|wilden|moest|moesten|kon|konden|aangevraagd|opgelegd|ingediend|gedaan|genomen|gestart|ingezet|gegeven|geadviseerd|uitgebracht|verlengd|be${ee}indigd|gemeld|geweest|uitgesproken|verzocht|getroffen|uithuisgeplaatst|geplaatst|afgewezen|toegewezen|ontnomen)${E}`,
  'iu',
);
const NEGATION = new RegExp(`${B}(?:geen|niet|nooit|niets)${E}`, 'iu');
/** Already phrased as an idea for werkbegeleiding: that is what an MLB should produce. */
const SUGGESTION = new RegExp(
  `${B}(?:suggestie|suggesties|idee(?:ën)?\\s*(?::|${S}om${E})|mee\\s*(?:te${S})?nemen${S}naar${S}(?:de${S})?werkbegeleiding|naar${S}(?:de${S})?werkbegeleiding${S}(?:mee\\s*)?(?:te${S})?nemen)`,
  'iu',
);

/** Sentence ends, for the suggestion context. */
const SENTENCE_END = /[.!?\n]/;
/** Clause ends, for tense and negation: "vorig jaar ging het mis, nu vragen we een OTS aan" is about now. */
const CLAUSE_END = /[.!?;:,\n()•]/;
const CONJUNCTION = new RegExp(`${B}(?:omdat|want|maar|terwijl|doordat|zodat|nadat|hoewel|aangezien|dat|als|wanneer)${E}`, 'giu');

export function findDecisionLanguage(text: string): DecisionMatch[] {
  if (!KEYWORDS.test(text)) return [];
  const found: DecisionMatch[] = [];
  for (const { reason, re, tense } of RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (suppressed(text, start, end, tense)) continue;
      found.push({ start, end, phrase: m[0], reason });
    }
  }
  // Several rules may see the same words; the UI wants one highlight per stretch of text.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: DecisionMatch[] = [];
  let lastEnd = -1;
  for (const match of found) {
    if (match.start < lastEnd) continue;
    result.push(match);
    lastEnd = match.end;
  }
  return result;
}

/** The verdict on one text as the CLI and the corpus evaluation see it: does the guard speak, and why. */
export function guardVerdict(text: string): { fire: boolean; reasons: Reason[] } {
  const reasons = [...new Set(findDecisionLanguage(text).map((m) => m.reason))];
  return { fire: reasons.length > 0, reasons };
}

function suppressed(text: string, start: number, end: number, tense: boolean): boolean {
  const [sFrom, sTo] = span(text, start, end, SENTENCE_END);
  if (SUGGESTION.test(text.slice(sFrom, sTo))) return true;

  let [cFrom, cTo] = span(text, start, end, CLAUSE_END);
  // A subordinate clause is its own clause: "we vragen een OTS aan omdat het thuis niet veilig was".
  const clauseStart = cFrom;
  for (const c of text.slice(clauseStart, start).matchAll(CONJUNCTION)) cFrom = clauseStart + c.index;
  const after = text.slice(end, cTo);
  const conj = after.search(CONJUNCTION);
  if (conj >= 0) cTo = end + conj;
  const clause = text.slice(cFrom, cTo);
  if (TIME_PAST.test(clause)) return true;
  if (tense && TENSE_PAST.test(clause)) return true;

  // Negation counts only close by: "we besluiten K1 niet uit huis te plaatsen" is still a decision.
  const before = text.slice(cFrom, start).trim().split(/\s+/).slice(-2).join(' ');
  const next = after.trim().split(/\s+/)[0] ?? '';
  return NEGATION.test(`${before} ${text.slice(start, end)} ${next}`);
}

function span(text: string, start: number, end: number, boundary: RegExp): [number, number] {
  let from = start;
  while (from > 0 && !boundary.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !boundary.test(text[to]!)) to++;
  return [from, to];
}

// ── Rephrasing ─────────────────────────────────────────────────────────────────────────────────────
export const SUGGESTION_PREFIX = 'Suggestie om mee te nemen naar werkbegeleiding: ';

const LEAD = `^(?:(?:daarom|dus|dan|nu|vandaag|hierbij|samen)${S})?`;
const TAIL = `(?:${S}(?:om|tot))?\\s*[:,]?\\s*`;
/** Decision openings to drop; what follows them is the content worth keeping. */
const OPENINGS: readonly RegExp[] = [
  `${LEAD}${SUBJ}${SOFT}(?:${S}(?:${MODAL}|${PERFECT}))?${SOFT}${S}(?:besluiten|besluit|beslissen|beslist|beslis|besloten)${TAIL}`,
  `${LEAD}(?:besluiten|besluit|beslissen|beslis)${S}${SUBJ}${SOFT}${TAIL}`,
  `${LEAD}${PERFECT}${S}${SUBJ}${SOFT}${S}(?:besloten|beslist)${TAIL}`,
  `${LEAD}${SUBJ}${SOFT}(?:${S}(?:nemen|neem|neemt|${PERFECT}|${MODAL}))?${SOFT}${S}(?:een|het)${S}besluit(?:${S}(?:genomen|nemen))?${TAIL}`,
  `${LEAD}(?:groeps|team)?besluit(?:en)?(?:${S}van${S}(?:de${S}groep|het${S}team|ons|de${S}leergroep|de${S}bijeenkomst|de${S}mlb))?\\s*:\\s*`,
  `${LEAD}${SUBJ}${S}(?:gaan|ga|zullen|zal|moeten|moet|willen|wil)${SOFT}${S}(?=\\S)`,
].map((source) => new RegExp(source, 'iu'));

const BULLET = /^(\s*(?:[-*•·]|\d+[.)])?\s*)/;
/** OTS, RvdK, K1: keep their capitals when they start the content. */
const KEEP_CASE = /^(?:\p{Lu}{2,}|\p{Lu}[\p{Ll}]*\p{Lu}|\p{Lu}\p{N})/u;

/**
 * Turns decision language into an idea for werkbegeleiding, sentence by sentence; sentences without
 * decision language are left exactly as they were, so applying it twice changes nothing.
 */
export function rephraseAsSuggestion(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^.!?]+(?:[.!?]+|$)\s*/g, (sentence) => rephraseSentence(sentence)))
    .join('\n');
}

function rephraseSentence(sentence: string): string {
  if (findDecisionLanguage(sentence).length === 0) return sentence;
  const lead = BULLET.exec(sentence)?.[1] ?? '';
  const body = sentence.slice(lead.length);
  for (const opening of OPENINGS) {
    const m = opening.exec(body);
    if (!m || m[0].length === 0) continue;
    const content = body.slice(m[0].length);
    // "We besluiten." leaves nothing to suggest; better untouched than an empty suggestion.
    if (!/[\p{L}\p{N}]/u.test(content)) return sentence;
    return lead + SUGGESTION_PREFIX + content;
  }
  return lead + SUGGESTION_PREFIX + (KEEP_CASE.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1));
}
