/**
 * Turning a decision into a suggestion for werkbegeleiding. What made it a decision goes ("we
 * besluiten", "besluit:", "afspraak:", "->", "klaar", "staat vast", "de groep staat erachter"); an
 * order becomes an infinitive ("stop die omgang met vader" → "de omgang met vader stoppen"); the
 * content stays as written.
 */
import { findDecisionLanguage } from './detect';
import { IMPERATIVES, entriesOf, normalise, particlesOf } from './words';

export const SUGGESTION_PREFIX = 'Suggestie om mee te nemen naar werkbegeleiding: ';

const S = '\\s+';
const SUBJ = `(?:we|wij|ik|het${S}team|de${S}groep|ons${S}team)`;
const SOFT = `(?:${S}(?:nu|vandaag|dus|daarom|hier|samen|dan|toch|wel|gewoon|net))?`;
const MODAL = '(?:gaan|ga|gaat|zullen|zal|moeten|moet|willen|wil|kunnen|kan)';
const PERFECT = '(?:hebben|heb|heeft)';
const LEAD = `^(?:(?:daarom|dus|dan|nu|vandaag|hierbij|samen)${S})?`;
const TAIL = `(?:${S}(?:om|tot))?\\s*[:,]?\\s*`;
const LABEL_WORDS = '(?:besluit|besluiten|besloten|afspraak|afspraken|afgesproken|vastgesteld|conclusie|uitkomst|plan|lijn|keuze|actie|acties|groepsbesluit|teambesluit|advies)';
const OF_US = `(?:${S}(?:van${S})?(?:de${S}groep|het${S}team|ons|de${S}leergroep|de${S}bijeenkomst|de${S}mlb|groep|team|mlb))?`;

/** Decision openings to drop; what follows them is the content worth keeping. */
const OPENINGS: readonly RegExp[] = [
  `${LEAD}${SUBJ}${SOFT}(?:${S}(?:${MODAL}|${PERFECT}))?${SOFT}${S}(?:besluiten|besluit|beslissen|beslist|beslis|besloten)${TAIL}`,
  `${LEAD}(?:besluiten|besluit|beslissen|beslis)${S}${SUBJ}${SOFT}${TAIL}`,
  `${LEAD}${PERFECT}${S}${SUBJ}${SOFT}${S}(?:besloten|beslist)${TAIL}`,
  `${LEAD}${SUBJ}${SOFT}(?:${S}(?:nemen|neem|neemt|${PERFECT}|${MODAL}))?${SOFT}${S}(?:een|het)${S}besluit(?:${S}(?:genomen|nemen))?${TAIL}`,
  `${LEAD}${LABEL_WORDS}${OF_US}\\s*(?::|=>|->|→)\\s*`,
  `${LEAD}(?:=>|->|→)\\s*`,
  `${LEAD}(?:besloten|afgesproken|vastgesteld)${S}(?=dat|tot)(?:tot${S})?`,
  `${LEAD}${SUBJ}${S}(?:gaan|ga|zullen|zal|moeten|moet|willen|wil)${SOFT}${S}(?=\\S)`,
].map((source) => new RegExp(source, 'iu'));

/** The session standing behind it: nothing of this belongs in a suggestion. */
const ENDORSEMENTS: readonly RegExp[] = [
  /,?\s*(?:dat|zo)\s+(?:spreken|hebben|leggen)\s+we\s+(?:hier\s+)?(?:nu\s+|net\s+)?(?:uit|rondgemaakt|afgesproken|vast)\b/giu,
  /,?\s*(?:de\s+)?groep\s+(?:is\s+akkoord|staat\s+erachter)\b/giu,
  /,?\s*(?:zo\s+)?(?:afgesproken|vastleggen|vastgelegd)\s*$/giu,
  /,?\s*staat\s+vast\b/giu,
  /,?\s*besloten\s*$/giu,
  /[,.]?\s*\b(?:punt|klaar)\s*([.!]*)\s*$/giu,
  /^wat\s+ons\s+betreft\s+/iu,
  /,\s*(?:nu|direct|meteen)\s*!*\s*$/giu,
];
const SOFTENERS = /\s+(?:gewoon|nou)(?=[\s,.!]|$)/giu;

/** A list bullet; "->" is an arrow, not a bullet. */
const BULLET = /^(\s*(?:[-*•·](?![->])|\d+[.)])?\s*)/;
/** Words that open a sentence with a capital only because they open it. */
const PLAIN_OPENERS = new Set(['de', 'het', 'een', 'we', 'wij', 'ik', 'er', 'als', 'zodra', 'bij', 'geen', 'niet', 'dat', 'die', 'deze', 'dit', 'nog', 'alleen', 'vanaf', 'voortaan', 'per', 'na', 'in', 'op', 'met', 'om', 'tot', 'zo']);
/** OTS, RvdK, K1: keep their capitals when they start the content. */
const KEEP_CASE = /^(?:\p{Lu}{2,}|\p{Lu}[\p{Ll}]*\p{Lu}|\p{Lu}\p{N})/u;

/**
 * Turns decision language into an idea for werkbegeleiding, sentence by sentence; sentences without
 * decision language are left exactly as they were, so applying it twice changes nothing.
 */
export function rephraseAsSuggestion(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let previousRephrased = false;
      let dropped = false;
      const out = line.replace(/[^.!?]+(?:[.!?]+|$)\s*/g, (sentence) => {
        // "… stopt de omgang. Punt." — the full stop of the decision goes with it.
        if (previousRephrased && /^\s*(?:punt|klaar)\s*[.!]*\s*$/iu.test(sentence)) {
          dropped = true;
          return '';
        }
        const next = rephraseSentence(sentence);
        previousRephrased = next !== sentence;
        return next;
      });
      return dropped ? out.trimEnd() : out;
    })
    .join('\n');
}

function rephraseSentence(sentence: string): string {
  if (findDecisionLanguage(sentence).length === 0) return sentence;
  const lead = BULLET.exec(sentence)?.[1] ?? '';
  const trail = /\s*$/.exec(sentence)?.[0] ?? '';
  let body = sentence.slice(lead.length, sentence.length - trail.length);
  for (const e of ENDORSEMENTS) body = body.replace(e, (_m, end?: string) => (typeof end === 'string' ? end : ''));
  body = body.replace(SOFTENERS, '');

  let opened = false;
  for (const opening of OPENINGS) {
    const m = opening.exec(body);
    if (!m || m[0].length === 0) continue;
    body = body.slice(m[0].length);
    opened = true;
    break;
  }
  // "We besluiten." leaves nothing to suggest; better untouched than an empty suggestion.
  if (!/[\p{L}\p{N}]/u.test(body)) return sentence;
  if (!opened) body = orderToInfinitive(body);
  const content = keepsCapital(body) ? body : body.charAt(0).toLowerCase() + body.slice(1);
  return lead + SUGGESTION_PREFIX + content + trail;
}

/** Names of organisations written with capitals: "Raad voor de Kinderbescherming", "Veilig Thuis". */
const PROPER = /^(?:Raad\b|Veilig Thuis|Openbaar Ministerie|Jeugdzorg ?Plus|Leerplicht\b)/u;

/** "OTS", "RvdK", "K1", "Veilig Thuis" and names keep their capital; "De", "We", "Omgang" do not. */
function keepsCapital(body: string): boolean {
  if (KEEP_CASE.test(body) || PROPER.test(body)) return true;
  const first = /^[\p{L}]+/u.exec(body)?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  const norm = normalise(first);
  return !PLAIN_OPENERS.has(norm) && entriesOf(norm).length === 0;
}

/**
 * "stop die omgang met vader" → "de omgang met vader stoppen"; "vraag vervangende toestemming aan voor
 * Quinn" → "vervangende toestemming voor Quinn aanvragen"; "laat die ots verlengen" → "de ots laten
 * verlengen". Only the first clause moves; what follows a comma stays.
 */
function orderToInfinitive(body: string): string {
  const m = /^([\p{L}]+)\s+(.+)$/u.exec(body);
  if (!m) return body;
  const stem = normalise(m[1]!);
  let infinitive = IMPERATIVES.get(stem);
  if (!infinitive) return body;
  const rest = m[2]!;
  const cut = rest.search(/[,;:!]|\s+-\s+/);
  let clause = (cut >= 0 ? rest.slice(0, cut) : rest).trim();
  const after = cut >= 0 ? rest.slice(cut).replace(/^[!]+/, '') : '';
  const end = /[.!?]+$/.exec(clause)?.[0] ?? '';
  clause = clause.slice(0, clause.length - end.length).replace(/^(die|dat|deze)\s+/iu, (d) => (/^dat/i.test(d) ? 'het ' : 'de '));
  // A particle standing alone completes the verb: "vraag … aan" → "aanvragen".
  for (const p of particlesOf(stem) ?? []) {
    const re = new RegExp(`(^|\\s)${p}(?=\\s|$)`, 'iu');
    if (re.test(clause)) {
      clause = clause.replace(re, '').replace(/\s{2,}/g, ' ').trim();
      infinitive = p + infinitive;
      break;
    }
  }
  // "laat die ots verlengen": the infinitive goes before the other one.
  const words = clause.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && /en$/u.test(last) && stem === 'laat') {
    words.splice(words.length - 1, 0, infinitive);
    return `${words.join(' ')}${after}${end}`;
  }
  return `${clause} ${infinitive}${after}${end}`;
}
