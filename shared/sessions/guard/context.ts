/**
 * When decision-like words are *not* a decision of this session. Two levels:
 *
 * - the sentence: a question, a suggestion or idea, anything handed to werkbegeleiding or placed with
 *   someone else (judge, teamleider, gedragswetenschapper, the inbrenger), a decision attributed to
 *   another source in a label ("besluit kinderrechter:", "MDO oktober:"), reported speech, an open
 *   possibility or irrealis, an opinion or weighing, the session saying it decides nothing, reflection,
 *   and explanations of the method;
 * - the clause: the past ("werd", "destijds", "heeft … verlengd"), and someone else as the subject of
 *   what is wanted, asked, planned or decided ("school gaat hem schorsen", "pleegouders willen …").
 */
import { type Clause, type Token, verbFirstCondition } from './tokens';
import { type Tag, particlesOf } from './words';

export type SentenceBlock =
  | 'vraag'
  | 'suggestie'
  | 'werkbegeleiding'
  | 'elders'
  | 'bron'
  | 'citaat'
  | 'hypothese'
  | 'weging'
  | 'negatie'
  | 'reflectie'
  | 'methode';

export const has = (t: Token | undefined, tag: Tag | 'NAME'): boolean => t !== undefined && t.tags.has(tag);
const hasAny = (t: Token | undefined, tags: ReadonlyArray<Tag | 'NAME'>): boolean => t !== undefined && tags.some((tag) => t.tags.has(tag));
export const isAction = (t: Token): boolean => {
  for (const tag of t.tags) if (tag.startsWith('A_')) return true;
  return false;
};
export const OBJECT_TAGS: ReadonlyArray<Tag> = ['MEASURE', 'CONTACT', 'PLACE', 'HELP', 'RAAD', 'COURT', 'REPORT_TO', 'CASE', 'OTHER_CASE', 'MEETING', 'EVENT', 'ESCALATE'];
export const isObject = (t: Token): boolean => hasAny(t, OBJECT_TAGS);

/** Words that open a question when they open a sentence ("wanneer" also opens a condition). */
const QUESTION_OPENERS = new Set(['wat', 'waarom', 'hoe', 'wie', 'welke', 'welk', 'waar']);
/** Labels that open a weighing: "zorg: …", "kracht: …". */
const WEIGHING_OPENERS = new Set(['zorg', 'zorgen', 'kracht', 'krachten', 'risico', 'risicos', 'zwaarwegend', 'pro', 'contra', 'enerzijds', 'pluspunt', 'minpunt', 'dilemma', 'afweging', 'twijfelpunt']);
/** Nouns that name where a decision came from, in a label: "beschikking:", "uitspraak:". */
const SOURCE_NOUNS = new Set(['beschikking', 'uitspraak', 'vonnis', 'eerder', 'eerdere']);
/** Decision nouns and verbs that a negation can deny: "geen besluit", "we besluiten niets". */
const DECISION_WORDS = new Set(['besluit', 'besluiten', 'beslissing', 'beslissingen', 'afspraak', 'afspraken', 'conclusie', 'conclusies', 'knoop', 'knopen', 'keuze']);

export function sentenceBlock(tokens: readonly Token[]): SentenceBlock | null {
  const words = tokens.filter((t) => !t.punct);
  if (words.length === 0) return null;
  const own = tokens.filter((t) => !t.quoted);

  // A question, also one dressed as a label: "besluit: OTS ja of nee?".
  if (own.some((t) => t.norm === '?') || own.some((t) => t.norm === 'ja of nee' || t.norm === 'wel of niet' || t.norm === 'of niet')) return 'vraag';
  if (slashPair(tokens, 'wel', 'niet') || slashPair(tokens, 'ja', 'nee')) return 'vraag';
  if (QUESTION_OPENERS.has(words[0]!.norm) && words.length > 1) return 'vraag';
  // "wanneer stopt de IAG": "wanneer" with the verb right after it asks; "wanneer moeder drinkt, …" is a condition
  if (words[0]!.norm === 'wanneer' && words[1] && (isAction(words[1]) || has(words[1], 'AUX') || has(words[1], 'STATE') || /^(gaat|komt|moet|kan|wordt|stopt|start|begint)$/.test(words[1].norm))) return 'vraag';
  // "als we de omgang stoppen, wat doet dat met Sem": a question after the comma, its mark left off
  if (trailingQuestion(own)) return 'vraag';
  if (alternatives(own) || embeddedQuestion(own)) return 'vraag';

  // "moet ik VT bellen", "WB-vraag: gaan we voor een OTS": a modal or "gaan" before the pronoun asks, its mark left off
  const afterLabel = tokens.findIndex((t) => t.norm === ':');
  const asksAt = (k: number) => k >= 0 && /^(moet|moeten|kan|kunnen|zal|zullen|gaan|gaat|wil|willen|mag|mogen|is|zijn)$/.test(words[k]?.norm ?? '') && /^(ik|we|wij|je|jij|hij|zij|ze|het|er)$/.test(words[k + 1]?.norm ?? '');
  // "gaat het weer mis, dan …": a verb first with a "dan" after it is a condition, not a question
  const dan = own.findIndex((t) => t.norm === 'dan');
  const condition = dan > 0 && verbFirstCondition(own.slice(0, dan));
  if ((asksAt(0) && !condition) || (afterLabel > 0 && asksAt(words.indexOf(tokens[afterLabel + 1]!)))) return 'vraag';
  // "WB-vraag:", "werkbegeleiding-vraag": a compound with WB hands the line to werkbegeleiding
  if (own.some((t, k) => (has(t, 'WB') || /^(wb|werkbegeleiding)-/.test(t.norm)) && !bypassed(own, k))) return 'werkbegeleiding';
  if (own.some((t) => has(t, 'SUGGEST')) && !own.some((t) => has(t, 'ADOPT'))) return 'suggestie';
  if (placedElsewhere(own)) return 'elders';
  if (sourceLabel(tokens)) return 'bron';
  if (reportedSpeech(tokens)) return 'citaat';
  // "de Raad laten onderzoeken of een OTS nodig is": the doubt is what is asked, not the writer's stance.
  const ofRequest = own.findIndex((t, i) => t.norm === 'of' && own.slice(Math.max(0, i - 4), i).some(isAction));
  // "paspoort aanvragen zodat ze mee kan": a purpose clause says what the step is for, not that it is open.
  const purpose = own.findIndex((t, i) => i > 0 && t.norm === 'zodat');
  const stance = (ofRequest >= 0 ? own.slice(0, ofRequest) : purpose > 0 ? own.slice(0, purpose) : own).filter((t, i, all) => !ableAfterComma(all, i));
  if (stance.some((t) => has(t, 'MODAL_OPEN'))) return 'hypothese';
  // "zorg: …" weighs; "zorgen school -> melding leerplicht" draws a conclusion after the arrow, and in
  // "zorgen doorgeven aan VT" the worries are what is passed on.
  const opener = tokens.findIndex((t) => !t.punct);
  const labelled = tokens.slice(opener + 1, opener + 4).some((t) => t.norm === ':' || t.norm === '/');
  const weighingOpener = WEIGHING_OPENERS.has(words[0]!.norm) && labelled && !own.some((t) => t.norm === '->');
  // "uhp is nodig en we vragen die aan": the opinion is the reason for a step the session takes
  const weAct = own.some((t, k) => has(t, 'US') && t.norm !== 'ons' && t.norm !== 'onze' && own[k + 1] !== undefined && hasAny(own[k + 1], ['A_REQ', 'A_END', 'A_EXT', 'A_PLACE', 'A_REPORT', 'A_DO', 'A_LIMIT']));
  // "het gezin heeft ons niet meer nodig": "hebben … nodig" is what someone needs, a fact, not an opinion
  const needs = (t: Token) => t.norm === 'nodig' && stance.slice(Math.max(0, stance.indexOf(t) - 6), stance.indexOf(t)).some((x) => /^(heeft|hebben|had|hadden)$/.test(x.norm));
  if ((stance.some((t) => has(t, 'OPINION') && !needs(t)) && !weAct) || weighingOpener || own.some((t) => t.norm === 'anderzijds')) return 'weging';
  if (deniesDeciding(tokens)) return 'negatie';
  if (own.some((t) => has(t, 'REFLECT'))) return 'reflectie';
  // "mijn eerste reactie: VT bellen": the writer's own first reaction
  if (own.some((t, k) => /^(mijn|m'n)$/.test(t.norm) && own.slice(k + 1, k + 3).some((x) => /^(reactie|reflex|ingeving)$/.test(x.norm)))) return 'reflectie';
  if (own.some((t) => has(t, 'GENERIC')) || definition(tokens) || practice(own)) return 'methode';
  return null;
}

/**
 * "niet wachten op de WB", "zonder eerst naar WB te gaan", "buiten de WB om": werkbegeleiding named as what
 * the line goes past, so the line is not handed to it ("niet zonder WB" still is).
 */
function bypassed(tokens: readonly Token[], k: number): boolean {
  const before = tokens.slice(Math.max(0, k - 5), k).map((t) => t.norm);
  const zonder = before.lastIndexOf('zonder');
  if (zonder >= 0 && before[zonder - 1] !== 'niet') return true;
  const wait = before.findIndex((w) => /^(wachten|wacht|afwachten)$/.test(w));
  if (wait > 0 && before[wait - 1] === 'niet' && before.slice(wait + 1).some((w) => w === 'op' || w === 'tot')) return true;
  return before.includes('buiten') && tokens[k + 1]?.norm === 'om';
}

/** ", wat doet dat met Sem", ", hoe leg je dat uit": a clause after a comma that opens with a question word (not "wat ons betreft"). */
function trailingQuestion(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.norm === 'betreft')) return false;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1]!.norm === ',' && /^(wat|hoe|waarom|welke|welk)$/.test(tokens[i]!.norm)) return true;
  }
  return false;
}

/**
 * "voogdij aanvragen, moeder kan het gezag niet aan", "traject afronden, gezin kan het zelf": after a comma,
 * what a parent, child or family can do is the reason given, not an open possibility of the session.
 */
function ableAfterComma(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^(kan|kunnen)$/.test(t.norm)) return false;
  const who = tokens[i - 1];
  const person = has(who, 'RELATIVE') || has(who, 'CHILD') || has(who, 'NAME') || who?.norm === 'gezin' || who?.norm === 'ouders';
  const comma = tokens.findIndex((x) => x.norm === ',');
  if (comma > 0 && comma < i) return person;
  // without the comma, as typed on a flip-over: "voogdij aanvragen vr Bo moeder kan gezag niet aan" — a
  // step in the infinitive on an object first, then what the parent can or cannot do
  const step = tokens.slice(0, i - 1).findIndex((x, k, all) => isAction(x) && /en$/.test(x.norm) && all.slice(Math.max(0, k - 3), k).some(isObject));
  return person && step >= 0 && !tokens.slice(0, step).some((x) => has(x, 'MODAL_OPEN'));
}

/**
 * Practice talk: "oefenen: hoe vertel je een ouder dat de ots wordt verlengd", "rollenspel: gesprek over de
 * uithuisplaatsing", "in de training oefenen we …", "schrijf een verzoek als voorbeeld". A practice noun
 * anywhere, or the verb as the label of the line or with the session as who practises — not a parent who
 * "oefent" with something in the case.
 */
function practice(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !t.punct);
  return words.some((t, i) => {
    if (!has(t, 'PRACTICE')) return false;
    if (!/^(oefen|oefenen|oefent|naspelen)$/.test(t.norm)) return true;
    const label = i === 0 && tokens[tokens.indexOf(t) + 1]?.norm === ':';
    return label || has(words[i - 1], 'US') || has(words[i + 1], 'US');
  });
}

/** "uithuisplaatsing of thuis met hulp", "stoppen of beperken": two options, none chosen. */
function alternatives(tokens: readonly Token[]): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'of') continue;
    // the words right beside "of": "uithuisplaatsing of thuis", "MST of IAG", "stoppen of beperken"
    const before = tokens[i - 1]!;
    const after = tokens.slice(i + 1).find((t) => !has(t, 'DET'));
    const option = (t: Token) => isObject(t) || has(t, 'HOME') || has(t, 'NETWORK');
    // … unless something is done about it anyway: "gezinshuis of pleeggezin, zsm regelen" decides to place.
    if (after && option(before) && option(after) && !tokens.some((t) => isAction(t) && t !== before && t !== after)) return true;
    if (after && isAction(before) && isAction(after)) return true;
  }
  return false;
}

/**
 * "we weten niet of …", "nagaan of …", "onduidelijk of …": whether, not that. Not "de Raad vragen of
 * …" or "laten onderzoeken of …": asking an authority is a request.
 */
const WONDER = new Set(['weten', 'weet', 'twijfel', 'twijfelen', 'onduidelijk', 'benieuwd', 'nagaan', 'checken', 'check', 'kijken', 'bekijken', 'uitzoeken', 'navragen', 'afwachten']);
function embeddedQuestion(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.norm === 'of' && tokens.slice(Math.max(0, i - 3), i).some((t) => WONDER.has(t.norm))) return true;
    // "de vraag of de hulp stopt", "de keuze of …": the question as a noun (not "vraag de Raad of …", a request)
    if (tokens[i]!.norm === 'of' && /^(vraag|keuze|afweging|twijfel)$/.test(tokens[i - 1]!.norm) && /^(de|het|een)$/.test(tokens[i - 2]?.norm ?? '')) return true;
  }
  return false;
}

function slashPair(tokens: readonly Token[], a: string, b: string): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) if (tokens[i]!.norm === a && tokens[i + 1]!.norm === '/' && tokens[i + 2]!.norm === b) return true;
  return false;
}

/**
 * The decision lies with someone else: "de rechter beslist in juni", "bepaalt de werkbegeleider",
 * "ligt bij de gedragswetenschapper", "is aan de teamleider", "de inbrenger kiest zelf", "niet deze groep".
 */
function placedElsewhere(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((has(t, 'AUTHORITY') || has(t, 'CASEHOLDER')) && !has(t, 'US')) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) {
        const v = tokens[k]!;
        if ((has(v, 'A_DECIDE') && !has(v, 'US')) || v.norm === 'weegt' || v.norm === 'beoordeelt' || v.norm === 'hakt') return true;
      }
    }
    // "…, de rechter heeft dat in mei besloten": a decision already taken by someone else, pointed back to
    if (has(t, 'AUTHORITY') && !has(t, 'US')) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 7) && !tokens[k]!.punct; k++) {
        if (/^(besloten|beslist|bepaald|gekozen|vastgesteld|vastgelegd|uitgesproken)$/.test(tokens[k]!.norm)) return true;
      }
    }
    if (has(t, 'A_DECIDE') && /^(beslist|besluit|bepaalt|kiest|beslissen|bepalen|kiezen)$/.test(t.norm)) {
      const next = tokens.slice(i + 1, i + 3).find((x) => !has(x, 'DET'));
      if (next && (has(next, 'AUTHORITY') || has(next, 'CASEHOLDER')) && !has(next, 'US')) return true;
    }
    // "ligt bij", "is aan", "valt in" + who
    if (has(t, 'ELSEWHERE')) {
      const who = tokens.slice(i + 1, i + 4).find((x) => !has(x, 'DET') && !x.punct);
      if (who && (hasAny(who, ['AUTHORITY', 'CASEHOLDER', 'WB']) || /^(jou|mij|haar|hem)$/.test(who.norm))) return true;
    }
    // "besluit bij de tl", "keuze aan gw", "beslissing door teamleider": the decision as a noun, placed with someone
    if (/^(besluit|beslissing|keuze|knoop)$/.test(t.norm) && /^(bij|aan|door)$/.test(tokens[i + 1]?.norm ?? '')) {
      const who = tokens.slice(i + 2, i + 4).find((x) => !has(x, 'DET'));
      if (who && hasAny(who, ['AUTHORITY', 'CASEHOLDER', 'WB']) && !has(who, 'US')) return true;
    }
    if (t.norm === 'niet' && (tokens[i + 1]?.norm === 'deze' || tokens[i + 1]?.norm === 'de') && tokens[i + 2]?.tags.has('US')) return true;
    if (t.norm === 'eindverantwoordelijk' || t.norm === 'eindverantwoordelijke') return true;
  }
  return false;
}

/**
 * A label that names the source of what follows: "besluit kinderrechter:", "MDO oktober:",
 * "beschikking:", "zitting 3/10 => rechter:". A label that addresses a court is ours: "brief
 * kinderrechter:", "standpunt GI op de zitting:", "naar de rb adviseren we:".
 */
function sourceLabel(tokens: readonly Token[]): boolean {
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== ':' && t.norm !== '->') continue;
    const chunk = tokens.slice(from, i).filter((x) => !x.punct || x.norm === '(');
    // "-> Raad: onderzoek …", "=> VT: melding …": a party right after an arrow that opens the line is where
    // the step goes (the arrow draws the conclusion), not who said it
    // — unless what follows tells what happened ("-> rechter: ots verlengd", "-> Raad: heeft … afgerond")
    const addressee = t.norm === ':' && tokens[from - 1]?.norm === '->' && tokens.slice(0, from - 1).every((x) => x.punct) && !tokens.slice(i + 1).some((x) => has(x, 'AUX') || has(x, 'PAST') || has(x, 'PAST_TIME') || isParticiple(x.norm));
    // "rvdk -> vto", "VT -> zorgmelding", "rb -> verzoekschrift": a party before an arrow that opens the line,
    // with a step right after it, is where the step goes — unless what follows tells what happened
    const first = tokens.findIndex((x) => !x.punct);
    const step = t.norm === '->' && from === first ? nextStep(tokens, i + 1) : false;
    const arrowTo = step && !tokens.slice(i + 1).some((x) => has(x, 'AUX') || has(x, 'PAST') || has(x, 'PAST_TIME') || isParticiple(x.norm));
    from = i + 1;
    if (chunk.length === 0 || chunk.length > 8 || addressee || arrowTo) continue;
    // "vastgesteld door rb op 4 april:", "besloten door de teamleider:"
    if (chunk.some((x, k) => x.norm === 'door' && has(chunk[k + 1], 'AUTHORITY'))) return true;
    // "advies van de Raad:", "brief van de rechter:": what someone else wrote
    if (chunk.some((x, k) => x.norm === 'van' && k > 0 && (has(chunk[k + 1], 'AUTHORITY') || (has(chunk[k + 1], 'DET') && has(chunk[k + 2], 'AUTHORITY'))) && !has(chunk[k + 1], 'US') && !has(chunk[k + 2], 'US'))) return true;
    // "melding VT:", "VT erbij:" name a step, not a source.
    if (chunk.length > 5 || chunk.some((x) => isAction(x) || has(x, 'US') || has(x, 'EVENT'))) continue;
    const named = chunk.some((x, k) => {
      const addressed = k > 0 && /^(aan|naar|voor|richting|tegen)$/.test(chunk[k - 1]!.norm);
      return (has(x, 'AUTHORITY') && !addressed) || SOURCE_NOUNS.has(x.norm) || has(x, 'PAST_TIME') || has(x, 'PAST');
    });
    if (named) return true;
  }
  // "(kinderrechter)": a source in brackets.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1]!.norm === '(' && has(tokens[i], 'AUTHORITY') && tokens[i + 1]!.norm === ')') return true;
  }
  return false;
}

/** A step as the first word from k on: a step noun, a request or advice, a court document ("verzoekschrift"). */
function nextStep(tokens: readonly Token[], k: number): boolean {
  const t = tokens.slice(k).find((x) => !x.punct && !has(x, 'DET'));
  return t !== undefined && (has(t, 'EVENT') || has(t, 'A_REQ') || has(t, 'A_ADVISE') || (has(t, 'COURT') && !has(t, 'AUTHORITY')));
}

/**
 * Reported words: "vader zegt: …", "moeder zegt dat …", "… — zegt tante", "volgens school …". Quoted
 * tokens are dropped separately (`Token.quoted`).
 */
function reportedSpeech(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !t.punct && !t.quoted);
  // "moeder: ik wil dat de hulp stopt", "oma: we doen aangifte": a person as label, then words in the first person
  const colon = tokens.findIndex((t) => t.norm === ':');
  // ("omgang vader: we …" names a topic, not a speaker: an object in the label)
  if (colon > 0 && colon <= 2 && tokens.slice(0, colon).some((t) => hasAny(t, ['RELATIVE', 'CHILD', 'NAME', 'OTHER']) && !has(t, 'US')) && !tokens.slice(0, colon).some((t) => isObject(t) && !has(t, 'OTHER')) && /^(ik|me|mij|mijn|m'n|wij|we|ons|onze|jullie)$/.test(tokens[colon + 1]?.norm ?? '')) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.norm ?? '';
    // "in het plan staat dat …": what a document says
    if (/^(staat|stond|stonden|staan)$/.test(t.norm) && next === 'dat') return true;
    if (t.quoted || !has(t, 'SPEECH')) continue;
    // "GV meldt hem aan", "jij schrijft haar in": a speech verb completed by its particle is another verb
    const particles = particlesOf(t.norm);
    if (particles && tokens.slice(i + 1, i + 6).some((x) => particles.has(x.norm))) continue;
    // "volgens moeder …" reports; "volgens mij …" is the writer's own view.
    if (t.norm === 'volgens') {
      if (!/^(mij|ons|ik|me)$/.test(next)) return true;
      continue;
    }
    if (next === ':' || next === 'dat' || next === '"' || t.norm === 'aldus') return true;
    // "… zegt tante" at the end
    if (words.indexOf(t) >= words.length - 3) return true;
  }
  return false;
}

/** The session says it decides nothing: "geen besluit", "we besluiten niets", "niks vastgelegd". */
function deniesDeciding(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!has(t, 'NEG')) continue;
    const after = tokens[i + 1];
    const decidingAfter = after && (DECISION_WORDS.has(after.norm) || has(after, 'A_DECIDE'));
    // "geen besluit", "niks vastgelegd", "geen knopen door"
    if (decidingAfter) return true;
    // "we besluiten niets", "besluit: geen." — but "besluit: geen melding VT" denies the melding, not the deciding.
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (before.some((b) => DECISION_WORDS.has(b.norm) || has(b, 'A_DECIDE'))) {
      const rest = tokens.slice(i + 1, i + 4).filter((x) => !has(x, 'DET'));
      if (!rest.some((x) => isObject(x) || isAction(x) || has(x, 'NAME') || has(x, 'CHILD') || has(x, 'RELATIVE') || x.norm === 'naar' || x.norm === 'meer')) return true;
    }
    // "het is niet aan ons", "niet aan de groep"
    if (tokens[i + 1]?.norm === 'aan' && tokens.slice(i + 2, i + 4).some((x) => has(x, 'US'))) return true;
    // "niet gaan beslissen"
    if (tokens.slice(i + 1, i + 3).some((x) => has(x, 'A_DECIDE') && /^(beslissen|besluiten|kiezen)$/.test(x.norm))) return true;
  }
  return false;
}

/** "VTO = verzoek tot onderzoek bij de Raad", "drang = vrijwillig kader": a term explained. */
function definition(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (tokens.length < 3 || tokens[1]!.norm !== '=') return false;
  const term = tokens[0]!;
  const known = isObject(term) || has(term, 'SESSION') || has(term, 'AUTHORITY') || /^\p{Lu}{2,}$/u.test(term.text) || term.norm === 'drang';
  // "perspectief = pleeggezin" records where a child grows up; "perspectiefbesluit = besluit over waar …" explains
  const explains = words.some((w) => has(w, 'QWORD'));
  if (term.norm.startsWith('perspectief') && !explains) return false;
  // a child by name is a case ("Roos = pleeggezin"); "kind" in an explanation with a question word is generic
  return known && !words.some((w) => has(w, 'NAME') || (has(w, 'CHILD') && !explains));
}

// ── clauses ────────────────────────────────────────────────────────────────────────────────────────
export type ClauseBlock = 'verleden' | 'ander' | 'gewoonte';

/** Participles: "verlengd", "aangevraagd", "opgeschort", "besloten", "geëscaleerd". */
export function isParticiple(norm: string): boolean {
  // ("vervallen", "verlopen": a strong participle that is also the infinitive — a participle only after a perfect auxiliary, see clauseBlock)
  if (/^(besloten|beslist|verlengd|beeindigd|gedaan|genomen|gegeven|geweest|gekozen|gesloten|verzocht|betrokken|verwezen|verboden|uitgesproken|afgesproken|vervallen|verlopen)$/.test(norm)) return true;
  if (/^(aan|op|in|uit|af|om|over|terug|vast|door|mee|voort|stop|rond|toe|weg|onder)ge[a-z]{2,}(d|t|en)$/.test(norm)) return true;
  if (/^ge[a-z]{2,}(d|t|en)$/.test(norm) && !/^(gezond|gebied|geduld|gevecht|gezicht|gericht|gesprek|gebeurt|gelden|gemeenten|gedachten|geheugen|getuigen|gevoelen|gebeuren|geven|gebruiken|gelukt)$/.test(norm)) return true;
  // ("verzoekschrift", "verweerschrift" are documents)
  return /^(be|ver|ont|her)[a-z]{3,}(d|t)$/.test(norm) && !norm.endsWith('schrift') && !/^(bericht|verschil|verhaal|verzet|bezit|besluit|verlengt|beperkt|begeleidt|bepaalt|vertelt|verwacht|verbiedt|ontbijt|bestaat)$/.test(norm);
}

/**
 * Finite verbs that make a subject the actor of its own wish, plan, request, decision or past act; and
 * any action verb right after another party ("de jeugdarts verwijst", "vader stopt", "moeder belt").
 */
function ownAct(t: Token): boolean {
  return has(t, 'VOLITION') || has(t, 'PAST') || has(t, 'SPEECH') || (has(t, 'A_DECIDE') && /^(besluit|beslist|kiest|bepaalt|besloot|besliste|koos)$/.test(t.norm)) || /^(doet|deed|gaf|geeft|schorst|dient|adviseert|verwacht)$/.test(t.norm);
}

const SUBJECT_TAGS: ReadonlyArray<Tag | 'NAME'> = ['OTHER', 'AUTHORITY', 'RELATIVE', 'CHILD', 'NAME'];

/** Nouns of time after "vorige": "vorige week" is a time in the past, "de vorige GI" a former one. */
export function clauseBlock(tokens: readonly Token[], clause: Clause): ClauseBlock | null {
  const c = tokens.slice(clause.from, clause.to).filter((t) => !t.quoted);
  if (c.some((t) => has(t, 'PAST_TIME'))) return 'verleden';
  if (c.some((t) => has(t, 'PAST'))) return 'verleden';
  // "in 2021", "tot 2020": a year
  if (c.some((t, k) => /^(19|20)\d\d$/.test(t.norm) && c[k - 1]?.norm === 'in')) return 'verleden';

  // A perfect with someone else as subject: "rechter heeft de OTS verlengd", "is gisteren geëscaleerd".
  const aux = c.findIndex((t) => has(t, 'AUX'));
  if (aux >= 0 && c.slice(aux + 1).some((t) => !t.punct && isParticiple(t.norm))) {
    const usNearAux = c.slice(Math.max(0, aux - 3), aux + 3).some((t) => has(t, 'US'));
    if (!usNearAux) return 'verleden';
  }

  // "door de rechter", "door moeder": a passive with another actor — but "laten doen door moeder" is ours.
  const causative = c.some((t) => t.norm === 'laten' || t.norm === 'laat');
  for (let k = 0; !causative && k + 1 < c.length; k++) {
    if (c[k]!.norm !== 'door') continue;
    const who = c.slice(k + 1, k + 3).find((t) => !has(t, 'DET'));
    if (who && hasAny(who, ['OTHER', 'AUTHORITY', 'RELATIVE']) && !has(who, 'CASEHOLDER') && !has(who, 'US')) return 'ander';
  }

  // Someone else as the subject of a wish, plan or act of their own: "pleegouders willen dat wij …".
  const verb = c.findIndex((t, k) => ownAct(t) || goingTo(c, k) || finiteAfterOther(c, k));
  // "wil dat K1 thuis blijft wonen" under a person in the mensen window: that person's wish.
  if (verb === 0 && has(c[0], 'VOLITION')) return 'ander';
  if (verb > 0) {
    const before = c.slice(0, verb).filter((t) => !t.punct);
    // "actie: Els plant een netwerkberaad": under a task label the one named is given the task, not acting on a wish of her own
    const label = tokens[clause.from - 1]?.norm === ':' && /^(actie|acties|taak|taken)$/.test(tokens[clause.from - 2]?.norm ?? '');
    const subjectIsUs = before.some((t) => has(t, 'US') || has(t, 'CASEHOLDER') || (label && has(t, 'NAME') && !has(t, 'RELATIVE')));
    if (!subjectIsUs && before.length <= 5 && before.some((t) => hasAny(t, SUBJECT_TAGS))) return 'ander';
  }
  // "K1 gaat elke woensdag naar oma" is a habit; "contact uitbreiden naar elke dag" a plan, and so is a
  // permission given for every week ("mag haar broertje elke zaterdag zien").
  if (c.some((t) => has(t, 'HABIT')) && !c.some((t) => /^(voortaan|vanaf|mag|mogen)$/.test(t.norm) || (isAction(t) && /en$/.test(t.norm)))) return 'gewoonte';
  return null;
}

/**
 * An action verb in the present, right after another party as subject: "de jeugdarts verwijst",
 * "vader stopt", "moeder belt zelf". An infinitive after a noun is a plan ("Veilig Thuis bellen").
 */
function finiteAfterOther(c: readonly Token[], k: number): boolean {
  const t = c[k]!;
  // "pleegouders stoppen met pleegzorg": a plural verb with "met" after a party is their own act, not an infinitive
  // "grootouders dienen een verzoek in", "ouders zetten zelf hulp in": a particle standing apart makes the verb
  // finite (an infinitive would be "indienen"), so the party before it acts
  const particles = particlesOf(t.norm);
  const pluralWith = /en$/.test(t.norm) && (c[k + 1]?.norm === 'met' || (particles !== undefined && c.slice(k + 1).some((x) => particles.has(x.norm))));
  // ("moeder tekent beroep aan": signing with its particle is lodging, her own act)
  if (!isAction(t) || (has(t, 'A_PERMIT') && !has(t, 'A_REQ')) || has(t, 'A_MUST') || (/en$/.test(t.norm) && !pluralWith) || (!/t$/.test(t.norm) && !pluralWith) || t.norm === 'verplicht') return false;
  // "school wordt niet ingelicht": a passive, the subject undergoes it.
  if (c.some((x) => /^(wordt|worden|word)$/.test(x.norm))) return false;
  const subject = c.slice(0, k).filter((x) => !x.punct && !has(x, 'DET'));
  const head = subject[0];
  if (subject.some((x) => isAction(x))) return false; // "ouders informeren dat de omgang stopt": no subject of "stopt"
  return subject.length >= 1 && subject.length <= 3 && hasAny(head, ['OTHER', 'AUTHORITY', 'RELATIVE']) && !has(head, 'US') && !has(head, 'CASEHOLDER');
}

/** "school gaat Yara schorsen", "de school gaat een melding doen": gaat/gaan with an infinitive later on. */
function goingTo(c: readonly Token[], i: number): boolean {
  const t = c[i];
  if (!t || (t.norm !== 'gaat' && t.norm !== 'gaan')) return false;
  return c.slice(i + 1).some((x) => !x.punct && (x.tags.size === 0 || isAction(x)) && !isObject(x) && /[a-z]{2,}en$/.test(x.norm));
}
