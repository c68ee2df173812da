/**
 * The danger statement and safety goal builders check their own text and explain every hint. The
 * checks are a word list plus rules, both extendable by the trainer (`CheckWord`s): they are hints for
 * practice, never a block on saving.
 *
 *  - jargon: a label ("verwaarlozing", "huiselijk geweld") where the family needs to hear behaviour;
 *  - no-impact: a danger statement that does not say what it does to the child if nothing changes;
 *  - no-duration: a safety goal without "for how long";
 *  - negative: a safety goal worded as what stops ("niet meer slaan") instead of what will happen;
 *  - missing-who: a danger statement that does not say who is worried.
 */
import type { CheckWord, DangerStatement, SafetyGoal } from './types';

export type HintCode = 'jargon' | 'no-impact' | 'no-duration' | 'negative' | 'missing-who' | 'no-behaviour';

export interface Hint {
  code: HintCode;
  /** Which field of the builder the hint is about. */
  field: string;
  /** The phrase that caused it, when there is one. */
  phrase?: string;
  /** Why this matters, in Dutch, for the trainee. */
  explanation: string;
}

/** Labels and jargon that hide behaviour; the explanation says what to write instead. */
export const JARGON: ReadonlyArray<{ word: string; explanation: string }> = [
  { word: 'verwaarlozing', explanation: 'Beschrijf wat er gebeurde: wat kreeg het kind niet, wanneer en hoe vaak?' },
  { word: 'verwaarloosd', explanation: 'Beschrijf wat er gebeurde: wat kreeg het kind niet, wanneer en hoe vaak?' },
  { word: 'huiselijk geweld', explanation: 'Beschrijf wie wat deed, waar het kind bij was en wat het zag of hoorde.' },
  { word: 'pedagogisch onmachtig', explanation: 'Beschrijf wat de ouder deed of naliet in een concrete situatie.' },
  { word: 'pedagogische onmacht', explanation: 'Beschrijf wat de ouder deed of naliet in een concrete situatie.' },
  { word: 'mishandeling', explanation: 'Beschrijf het gedrag zelf: wie deed wat bij het kind, en met welk letsel of welke angst.' },
  { word: 'kindermishandeling', explanation: 'Beschrijf het gedrag zelf: wie deed wat bij het kind, en met welk letsel of welke angst.' },
  { word: 'onveilige opvoedsituatie', explanation: 'Zeg welk gedrag van wie het onveilig maakte.' },
  { word: 'ontwikkelingsbedreiging', explanation: 'Zeg wat er gebeurde en wat het kind daardoor mist of meemaakt.' },
  { word: 'multiprobleem', explanation: 'Een label voor een gezin, geen gedrag: noem één concrete gebeurtenis.' },
  { word: 'zorgmijdend', explanation: 'Beschrijf wat er gebeurde: welke afspraak ging niet door en wat betekende dat voor het kind?' },
  { word: 'hechtingsproblematiek', explanation: 'Een diagnose-achtig label: beschrijf wat je zag gebeuren tussen ouder en kind.' },
  { word: 'grensoverschrijdend', explanation: 'Zeg welk gedrag precies, van wie, en wat het kind ervan merkte.' },
  { word: 'middelenmisbruik', explanation: 'Beschrijf wat er gebeurde als de ouder gebruikte en wat het kind dan meemaakte.' },
  { word: 'alcoholmisbruik', explanation: 'Beschrijf wat er gebeurde als de ouder dronk en wat het kind dan meemaakte.' },
  { word: 'verslaafd', explanation: 'Beschrijf het gedrag en wat het kind ervan merkte, niet de diagnose.' },
  { word: 'agressief', explanation: 'Een oordeel over iemand: beschrijf wat die persoon deed.' },
  { word: 'psychiatrische problematiek', explanation: 'Beschrijf wat de ouder deed of niet kon op een concreet moment en wat het kind meemaakte.' },
  { word: 'licht verstandelijk beperkt', explanation: 'Een kenmerk, geen gedrag: beschrijf wat er misging voor het kind.' },
  { word: 'niet leerbaar', explanation: 'Een oordeel over een ouder: beschrijf wat je de ouder zag doen.' },
  { word: 'problematiek', explanation: 'Een vakwoord: zeg wat er precies gebeurde.' },
];

/** Words by which a text speaks of the child (a roster pseudonym counts too, passed in by the caller). */
export const CHILD_WORDS: readonly string[] = [
  'kind', 'kinderen', 'zoon', 'dochter', 'jongen', 'meisje', 'baby', 'peuter', 'kleuter', 'tiener', 'puber', 'broer', 'zus', 'zusje', 'broertje',
];

/** Ways a goal says what stops instead of what happens. */
export const NEGATIVE_PATTERNS: readonly string[] = [
  'niet meer',
  'nooit meer',
  'geen \\w+ meer',
  'stopt met',
  'stoppen met',
  'houdt op met',
  'ophouden met',
  'zal niet',
  'mag niet',
  'niet langer',
  'zonder te slaan',
  'nooit',
];

/** How a goal says for how long: a number of weeks or months, a season, "minstens", "tot …". */
const DURATION =
  /\b(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|half|anderhalf)\s+(dag|dagen|week|weken|maand|maanden|jaar|jaren|kwartaal)\b|\b(gedurende|minstens|minimaal|ten minste|tenminste|elke dag|iedere dag|elke week|iedere week|doorlopend|voortaan|steeds)\b|\btot (de|het|aan|na)\b|\b(zomer|winter|herfst|voorjaar|najaar|kerst|schooljaar)\b/i;

export interface CheckRules {
  jargon: ReadonlyArray<{ word: string; explanation: string }>;
  childWords: readonly string[];
  negative: readonly string[];
}

/** The built-in rules plus the trainer's own words. */
export function checkRules(own: readonly CheckWord[] = [], childNames: readonly string[] = []): CheckRules {
  return {
    jargon: [
      ...JARGON,
      ...own.filter((w) => w.kind === 'jargon').map((w) => ({ word: w.word, explanation: w.explanation || 'Een label: beschrijf het gedrag zelf.' })),
    ],
    childWords: [...CHILD_WORDS, ...childNames, ...own.filter((w) => w.kind === 'child').map((w) => w.word)],
    negative: [...NEGATIVE_PATTERNS, ...own.filter((w) => w.kind === 'negative').map((w) => escapeRegExp(w.word))],
  };
}

export const DEFAULT_RULES: CheckRules = checkRules();

const norm = (s: string) => s.normalize('NFC').toLowerCase();
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A word or phrase as a whole word, also at a compound's end ("kindverwaarlozing"). */
function wordPattern(word: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])(\\p{L}*)${escapeRegExp(norm(word)).replace(/\s+/g, '\\s+')}(?=$|[^\\p{L}])`, 'u');
}

/** The jargon in a text, each once, with the explanation. */
export function findJargon(text: string, rules: CheckRules = DEFAULT_RULES): Array<{ phrase: string; explanation: string }> {
  const t = norm(text);
  const found: Array<{ phrase: string; explanation: string }> = [];
  for (const j of rules.jargon) {
    const m = wordPattern(j.word).exec(t);
    if (m && !found.some((f) => f.phrase.includes(norm(j.word)) || norm(j.word).includes(f.phrase))) found.push({ phrase: norm(j.word), explanation: j.explanation });
  }
  return found;
}

export function mentionsChild(text: string, rules: CheckRules = DEFAULT_RULES): boolean {
  const t = norm(text);
  return rules.childWords.some((w) => w.trim() !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(norm(w.trim()))}(?=$|[^\\p{L}\\p{N}])`, 'u').test(t));
}

export function hasDuration(text: string): boolean {
  return DURATION.test(text);
}

/** The phrase that makes a goal negative, or null. */
export function negativeWording(text: string, rules: CheckRules = DEFAULT_RULES): string | null {
  const t = norm(text);
  for (const p of rules.negative) {
    const m = new RegExp(`(^|[^\\p{L}])(${p})(?=$|[^\\p{L}])`, 'u').exec(t);
    if (m) return m[2]!;
  }
  return null;
}

const HINT_TEXT: Record<Exclude<HintCode, 'jargon'>, string> = {
  'missing-who': 'Zeg wie zich zorgen maakt: het gezin moet weten wiens zorg het is.',
  'no-behaviour': 'Beschrijf het concrete gedrag uit het verleden: wat gebeurde er, wanneer, hoe vaak?',
  'no-impact': 'Zeg wat dit voor het kind betekent als er niets verandert: daar gaat de zorg over.',
  'no-duration': 'Zeg hoe lang het nieuwe gedrag zichtbaar moet zijn voordat iedereen gerust is.',
  negative: 'Schrijf op wat er wél gaat gebeuren: een doel zegt wat ouders anders doen, niet wat stopt.',
};

function jargonHints(field: string, text: string, rules: CheckRules): Hint[] {
  return findJargon(text, rules).map((j) => ({ code: 'jargon', field, phrase: j.phrase, explanation: j.explanation }));
}

/** Hints on a danger statement: who is worried, about which past behaviour, with what impact on the child. */
export function checkDangerStatement(d: Pick<DangerStatement, 'who' | 'behaviour' | 'impact'>, rules: CheckRules = DEFAULT_RULES): Hint[] {
  const hints: Hint[] = [];
  if (!d.who.trim()) hints.push({ code: 'missing-who', field: 'who', explanation: HINT_TEXT['missing-who'] });
  if (!d.behaviour.trim()) hints.push({ code: 'no-behaviour', field: 'behaviour', explanation: HINT_TEXT['no-behaviour'] });
  hints.push(...jargonHints('behaviour', d.behaviour, rules), ...jargonHints('impact', d.impact, rules));
  if (!d.impact.trim() || !mentionsChild(d.impact, rules)) hints.push({ code: 'no-impact', field: 'impact', explanation: HINT_TEXT['no-impact'] });
  return hints;
}

/** Hints on a safety goal: what parents will do, what the child experiences, what professionals see, for how long, positively worded. */
export function checkSafetyGoal(g: Pick<SafetyGoal, 'parents' | 'child' | 'professionals' | 'duration'>, rules: CheckRules = DEFAULT_RULES): Hint[] {
  const hints: Hint[] = [];
  for (const field of ['parents', 'child', 'professionals'] as const) {
    hints.push(...jargonHints(field, g[field], rules));
    const neg = negativeWording(g[field], rules);
    if (neg) hints.push({ code: 'negative', field, phrase: neg, explanation: HINT_TEXT.negative });
  }
  if (!hasDuration(g.duration) && !hasDuration(g.parents)) hints.push({ code: 'no-duration', field: 'duration', explanation: HINT_TEXT['no-duration'] });
  return hints;
}

/** A danger statement as one sentence, the way it is read to the family. */
export function dangerSentence(d: Pick<DangerStatement, 'who' | 'behaviour' | 'impact'>): string {
  const sentence = (s: string) => (s && !/[.!?]$/.test(s) ? `${s}.` : s);
  const who = d.who.trim().replace(/^(De|Het|Een) /, (m) => m.toLowerCase());
  const behaviour = d.behaviour.trim();
  const impact = d.impact.trim();
  const first = who && behaviour ? `Zorgen van ${who}: ${behaviour}` : who ? `Zorgen van ${who}` : behaviour;
  return [sentence(first), impact && sentence(`Als er niets verandert: ${impact}`)].filter(Boolean).join(' ');
}

/** A safety goal as one sentence. */
export function goalSentence(g: Pick<SafetyGoal, 'parents' | 'child' | 'professionals' | 'duration'>): string {
  return [g.parents, g.child, g.professionals, g.duration].map((s) => s.trim()).filter(Boolean).join('; ');
}
