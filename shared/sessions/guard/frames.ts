/**
 * The shapes in which a decision about a case is written down. Each frame finds words in clauses that
 * `clauseBlock` let through and names the kind of decision (the reason):
 *
 * - object + action: "OTS verlengen", "omgang halveren", "melding bij VT doen", "stop die omgang";
 * - a step written as a noun at the head of an entry: "terugplaatsing Yara per 1 sept", "vto Sara, deadline vrijdag";
 * - destinations: "Noor naar tante", "blijft in het pleeggezin", "het wordt een gezinshuis";
 * - "geen" + object: "geen melding VT", "geen overnachtingen meer" (a decision not to act);
 * - an arrow or decision label before an object: "-> machtiging UHP voor Fenna", "uitkomst: alleen videobellen";
 * - escalation words: "ultimatum", "schriftelijke aanwijzing", "laatste kans"; ultimatums with "anders";
 * - answers against a step ("melding VT: ja"), objects with a when ("MST per 1 maart"), arrangements of
 *   contact ("omgang: 1 middag per maand");
 * - a task in the case for the case holder: "GV belt maandag de school";
 * - and (deciding.ts) the session deciding in so many words, or standing behind a case decision.
 */
import { has, isObject, isParticiple } from './context';
import { deciding, endorsed } from './deciding';
import { plans } from './plans';
import {
  DEFINITE,
  type Form,
  type Frames,
  type Hit,
  POSSESSIVE_OTHER,
  type Reason,
  clauseTokens,
  isTopic,
  labelledBefore,
  nearbyReason,
  nextContent,
  reasonOf,
  sessionTalk,
  span,
} from './frame-kit';
import type { Token } from './tokens';
import type { Tag } from './words';

export type { Form, Frames, Hit, Reason } from './frame-kit';

/** Which actions make a decision of which object, and what kind of decision that is. */
const PAIRS: ReadonlyArray<[Tag, Reason, ReadonlyArray<Tag>]> = [
  ['MEASURE', 'maatregel', ['A_REQ', 'A_EXT', 'A_END', 'A_CHANGE', 'A_DECIDE', 'A_PLACE', 'A_TAKE', 'A_LIMIT', 'A_ADVISE', 'A_MUST']],
  ['CONTACT', 'omgang', ['A_REQ', 'A_EXT', 'A_END', 'A_LIMIT', 'A_CHANGE', 'A_PERMIT', 'A_DECIDE', 'A_ADVISE']],
  ['PLACE', 'plaatsing', ['A_REQ', 'A_END', 'A_PLACE', 'A_CHANGE', 'A_DECIDE', 'A_EXT', 'A_ADVISE']],
  ['HELP', 'hulpverlening', ['A_REQ', 'A_END', 'A_CHANGE', 'A_EXT', 'A_DECIDE', 'A_LIMIT', 'A_ADVISE', 'A_MUST']],
  ['RAAD', 'onderzoek', ['A_REQ', 'A_REPORT', 'A_DECIDE', 'A_DO']],
  ['COURT', 'advies-rechter', ['A_ADVISE', 'A_REQ']],
  ['REPORT_TO', 'melding', ['A_REPORT', 'A_REQ', 'A_DECIDE', 'A_DO']],
  ['CASE', 'zaak-sluiten', ['A_END']],
  // "Kim neemt de zaak over": who holds the case is a case decision (policy: changing the GV)
  ['CASE', 'casusbesluit', ['A_HANDOVER']],
  ['OTHER_CASE', 'casusbesluit', ['A_CHANGE', 'A_PERMIT', 'A_REQ', 'A_REPORT', 'A_LIMIT', 'A_END', 'A_DECIDE']],
  ['MEETING', 'casusbesluit', ['A_REQ']],
];

/** What a case holder does when a task is handed out: "GV belt", "jij plant het". */
const TASK_VERBS = new Set(['belt', 'regelt', 'plant', 'voert', 'tekent', 'informeert', 'meldt', 'vraagt', 'schrijft', 'zorgt', 'gaat', 'pakt', 'brengt', 'haalt', 'organiseert', 'mailt', 'stuurt', 'plan', 'regel', 'bel', 'maakt']);
/** Verbs after which "naar" is not a destination: "kijken naar", "vragen naar". */
const NOT_MOVING = new Set(['kijken', 'kijkt', 'kijk', 'luisteren', 'luistert', 'vragen', 'vraagt', 'zoeken', 'zoekt', 'verlangen', 'verlangt', 'informeren', 'onderweg', 'uitkijken']);

export function findFrames(f: Frames): Hit[] {
  const hits: Hit[] = [];
  pairs(f, hits);
  selfContained(f, hits);
  arrangements(f, hits);
  placing(f, hits);
  labelledObjects(f, hits);
  destinations(f, hits);
  entries(f, hits);
  negatedObjects(f, hits);
  answers(f, hits);
  otherwise(f, hits);
  escalation(f, hits);
  tasks(f, hits);
  plans(f, hits);
  const caseHits = hits.length > 0;
  deciding(f, hits, caseHits);
  endorsed(f, hits);
  for (const h of hits) if (!h.form) h.form = formOf(f, h);
  return hits;
}

// ── object + action ────────────────────────────────────────────────────────────────────────────────
function pairs(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let o = 0; o < tokens.length; o++) {
    const obj = tokens[o]!;
    if (!usable[o] || !isObject(obj) || isTopic(tokens, o)) continue;
    // "begeleid contact vindt plaats op kantoor": how it takes place now, with no when, is a description
    const clause = clauseTokens(f, o);
    if (clause.some((x) => /^(vindt plaats|vinden plaats)$/.test(x.norm)) && !clause.some((x) => has(x, 'FUTURE_TIME'))) continue;
    // "we bespreken de omgang volgende keer": what the session talks about is a topic, not a step
    if (tokens.slice(Math.max(0, o - 3), o).some((x) => has(x, 'SESSION_VERB'))) continue;
    // what depends on the object alone, once per object (not per candidate action)
    const having = clause.some((x) => /^(heeft|hebben|had|hadden)$/.test(x.norm));
    const askingSomeone = has(obj, 'OTHER') && asking(f, o);
    // A formal passive: "De begeleiding van het gezin van Tess wordt met ingang van de zomer afgebouwd" — the
    // participle at the end of the clause acts on the subject before "wordt", however long the words between.
    const cl = f.clauses[f.clauseOf[o]!]!;
    const passive = tokens.slice(o + 1, cl.to).findIndex((x) => /^(wordt|worden|word)$/.test(x.norm));
    const reach = passive >= 0 ? Math.max(o + 9, cl.to) : o + 9;
    let best: { a: number; reason: Reason; rank: number } | null = null;
    for (const [tag, reason, acts] of PAIRS) {
      if (!obj.tags.has(tag)) continue;
      // The case holder is an object only of a change: "andere gv", "gv wisselen".
      const allowed = has(obj, 'CASEHOLDER') ? (['A_CHANGE'] as const) : acts;
      for (let a = Math.max(0, o - 8); a < Math.min(tokens.length, reach); a++) {
        const act = tokens[a]!;
        if (!usable[a] || !allowed.some((x) => act.tags.has(x))) continue;
        if (a >= o + 9 && !isParticiple(act.norm)) continue;
        // One token that is both ("contactverbod", "andere gv") counts; a step noun ("advies aan de rechter") is an entry, not a pair.
        if (a === o && has(obj, 'EVENT')) continue;
        // "vader heeft een contactverbod": having one is how things are
        if (a === o && having) continue;
        // "het verzoek van moeder", "de aanvraag": after an article an action word is a noun.
        // "hun advies", "haar verzoek": someone else's; "het rapport (voor de zitting)" may be ours.
        const det = tokens[a - 1]?.norm ?? '';
        if (a !== o && POSSESSIVE_OTHER.has(det)) continue;
        // "brief van de rechter", "advies van de Raad": a document or advice from someone else
        if (act.tags.has('A_ADVISE') && tokens[a + 1]?.norm === 'van') {
          const from = has(tokens[a + 2], 'DET') ? tokens[a + 3] : tokens[a + 2];
          if (has(from, 'AUTHORITY') || (has(from, 'OTHER') && !has(from, 'CASEHOLDER')) || (has(from, 'RELATIVE') && !has(from, 'CHILD'))) continue;
        }
        if (a !== o && !act.tags.has('A_ADVISE') && !act.norm.includes(' ') && (DEFINITE.has(det) || /^(een|ons|onze)$/.test(det))) continue;
        if (!connected(f, o, a) || permittedByOther(tokens, a)) continue;
        // "huisarts bellen om te vragen hoe het gaat": asking a doctor or the police something is no report
        if (askingSomeone) continue;
        // "de pleegouders regelen het zakgeld zelf": what others arrange in their own life is a fact (not a passive).
        if (tag === 'OTHER_CASE' && othersDoing(f, o)) continue;
        // Calling or mailing the mentor or the school is asking; telling them about the case is a decision.
        if (tag === 'OTHER_CASE' && /^(bel|belt|bellen|gebeld|mailen|mailt|gemaild|e-mailen|e-mailt)$/.test(act.norm)) continue;
        // The specific verb wins over "besluiten": "we besluiten een OTS aan te vragen" is about requesting.
        const rank = Math.abs(a - o) + (act.tags.has('A_DECIDE') ? 10 : 0);
        if (!best || rank < best.rank) best = { a, reason, rank };
      }
      if (best) break;
    }
    if (best) hits.push(span(f, Math.min(o, best.a), Math.max(o, best.a), best.reason));
  }
}

/**
 * Both tokens in usable clauses and nothing blocked between them. A condition and what follows from it
 * may share the object: "als de omgang weer misgaat, stoppen we ermee".
 */
function connected(f: Frames, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  for (let k = lo; k <= hi; k++) if (!f.tokens[k]!.punct && !f.usable[k]) return false;
  return true;
}

/** The clause opens with a parent or another party as who acts, in the active voice. */
function othersDoing(f: Frames, o: number): boolean {
  const { tokens } = f;
  const clause = f.clauses[f.clauseOf[o]!]!;
  const words = tokens.slice(clause.from, clause.to).filter((x) => !x.punct && !has(x, 'DET'));
  const first = words[0];
  if (!first || !(has(first, 'RELATIVE') || has(first, 'OTHER')) || has(first, 'CASEHOLDER') || has(first, 'CHILD') || tokens.indexOf(first) === o) return false;
  // "vader mag de paspoorten niet meekrijgen": a parent permitted or bound is decided about, not doing
  return !words.some((x) => /^(wordt|worden|word)$/.test(x.norm) || has(x, 'A_PERMIT') || has(x, 'A_MUST'));
}

/** "de huisarts bellen om te vragen hoe het gaat", "jeugdarts vragen of …": a question to someone, in the clause of o. */
function asking(f: Frames, o: number): boolean {
  const c = clauseTokens(f, o);
  return c.some((x, k) => /^(vragen|vraag|vraagt|navragen|horen|checken)$/.test(x.norm) && c.slice(k + 1, k + 4).some((y) => has(y, 'QWORD') || y.norm === 'of'));
}

/** "vader volgt een training": a person before "volgt" attends it; "bij een incident volgt een UHP" is a consequence. */
function followedBySomeone(f: Frames, i: number): boolean {
  if (!f.tokens[i]!.norm.startsWith('v')) return false;
  const c = f.clauses[f.clauseOf[i]!]!;
  return f.tokens.slice(c.from, i).some((x) => has(x, 'RELATIVE') || has(x, 'CHILD') || has(x, 'NAME') || has(x, 'OTHER') || has(x, 'CASEHOLDER'));
}

/** "K1 mag van moeder niet naar buiten", "vader moet van de rechter een training volgen": someone else's permission or order. */
function permittedByOther(tokens: readonly Token[], a: number): boolean {
  if (!(tokens[a]!.tags.has('A_PERMIT') || tokens[a]!.tags.has('A_MUST')) || tokens[a + 1]?.norm !== 'van') return false;
  const who = has(tokens[a + 2], 'DET') ? tokens[a + 3] : tokens[a + 2];
  return has(who, 'RELATIVE') || has(who, 'OTHER') || has(who, 'AUTHORITY');
}

/** The first token from k on that is no adverb of time or emphasis ("direct", "meteen", "dan", "ook"). */
function pastAdverbs(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && /^(direct|meteen|gelijk|onmiddellijk|zsm|dan|ook|wel|gewoon|alsnog)$/.test(tokens[k]!.norm)) k++;
  return k;
}

/** Verbs that carry their object: "uithuisplaatsen", "wordt overgeplaatst", "terugplaatsen"; "afsluiten" on its own. */
function selfContained(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i]) continue;
    const n = tokens[i]!.norm;
    if (/^(uithuisplaats(en|t)?|uithuisgeplaatst|uit huis plaatsen)$/.test(n)) hits.push(span(f, i, i, 'maatregel'));
    else if (/^(overplaats(en|t)?|overgeplaatst|terugplaats(en|t)?|teruggeplaatst)$/.test(n)) hits.push(span(f, i, i, 'plaatsing'));
    else if (/^(afschalen|afgeschaald)$/.test(n)) hits.push(span(f, i, i, 'maatregel'));
    // "Jens wordt bij vader geplaatst", "broer en zus worden samen geplaatst"
    else if (n === 'geplaatst' && clauseTokens(f, i).some((x) => /^(wordt|worden|word)$/.test(x.norm))) hits.push(span(f, i, i, 'plaatsing'));
    // "er komt een veiligheidsplan", "bij een incident volgt een spoedplaatsing"
    else if (/^(komt|komen|volgt|volgen)$/.test(n) && (n.startsWith('v') || tokens[i - 1]?.norm === 'er' || tokens[i + 1]?.norm === 'er') && !followedBySomeone(f, i)) {
      // "er komt een veiligheidsplan", "zorg dat die ots er komt"
      // "volgt direct een aangifte", "komt er meteen een UHP": an adverb of time may stand before the step
      const o = nextContent(tokens, pastAdverbs(tokens, i + 1), 3, (x) => x.norm === 'er' || has(x, 'HELP') || has(x, 'PLACE') || has(x, 'CONTACT') || has(x, 'MEASURE') || has(x, 'EVENT'));
      let obj = o !== null && tokens[o]!.norm === 'er' ? nextContent(tokens, pastAdverbs(tokens, o + 1), 3, (x) => isObject(x)) : o;
      if (obj === null && n.startsWith('k')) for (let k = i - 1; k >= Math.max(0, i - 4) && obj === null; k--) if (isObject(tokens[k]!) && !has(tokens[k], 'CASE')) obj = k;
      const r = obj !== null && usable[obj] ? reasonOf(tokens[obj]!) : null;
      if (obj !== null && r) hits.push(span(f, Math.min(i, obj), Math.max(i, obj), r));
    }
    else if (n === 'afsluiten' || ((n === 'sluiten' || n === 'sluit') && clauseTokens(f, i).some((x) => x.norm === 'af'))) {
      // alone in its clause (a name may stand by it): "→ afsluiten, overdracht naar …"
      // (a when may stand by it too: "afsluiten per 1 juni")
      const others = clauseTokens(f, i).filter((x) => !x.punct && x !== tokens[i] && !has(x, 'NAME') && !has(x, 'US') && x.norm !== 'af' && !has(x, 'FUTURE_TIME') && !/^(\d+|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/.test(x.norm));
      // "afsluiten: rondje hoe was het" heads the session's closing round; "afsluiten: ja, per 1 juni" is an answer
      const rest = tokens.slice(i + 2);
      // "afsluiten: het gezin heeft ons niet meer nodig": a reason about the family closes the case
      const heading = tokens[i + 1]?.norm === ':' && !rest.some((x) => has(x, 'CASE') || has(x, 'NAME') || has(x, 'CHILD') || has(x, 'RELATIVE') || /^(ja|akkoord|per|vanaf|voortaan|gezin|\d+)$/.test(x.norm));
      if (others.length === 0 && !heading && !sessionTalk(f)) hits.push(span(f, i, i, 'zaak-sluiten'));
    }
  }
}

/** How often, how long: "omgang broers en zussen: elke maand een middag", "beeldbellen 2x per maand". */
const FREQUENCY = /^(per|maandelijks|wekelijks|dagelijks|tweewekelijks|\d+x|x|keer|uur|uren|middag|middagen|weekend|weekenden|zaterdag|zondag)$/;
/** A rhythm: "om de 3 weken", "om de week", "elke 2 maanden", "iedere 4 wkn". */
const PERIOD = /^(dag|dagen|week|weken|wk|wkn|maand|maanden|mnd)$/;
function rhythmAt(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k]!.norm;
  if (n !== 'om' && n !== 'elke' && n !== 'iedere') return false;
  let j = k + 1;
  if (n === 'om') {
    if (tokens[j]?.norm !== 'de') return false;
    j++;
  }
  if (/^\d+$/.test(tokens[j]?.norm ?? '')) j++;
  return PERIOD.test(tokens[j]?.norm ?? '');
}

function arrangements(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  if (!tokens.some((t, k) => FREQUENCY.test(t.norm) || rhythmAt(tokens, k))) return;
  if (tokens.some((t) => !t.quoted && (has(t, 'AUX') || has(t, 'STATE') || has(t, 'PAST') || has(t, 'VOLITION')))) return;
  for (let o = 0; o < tokens.length; o++) {
    if (usable[o] && has(tokens[o], 'CONTACT') && !isTopic(tokens, o)) {
      hits.push(span(f, o, o, 'omgang'));
      return;
    }
  }
}

/** "plaats Aya bij oma", "breng hem onder in een gezinshuis": a placing verb with where to. */
function placing(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i] || !has(tokens[i], 'A_PLACE')) continue;
    // "zusjes samen plaatsen", "K1 plaatsen": a child before the infinitive is whom we place
    if (/^(plaatsen|onderbrengen)$/.test(tokens[i]!.norm)) {
      const child = [i - 1, i - 2].find((k) => k >= 0 && (has(tokens[k], 'CHILD') || has(tokens[k], 'NAME')) && usable[k]);
      if (child !== undefined && (child === i - 1 || /^(samen|apart|direct|meteen|snel|zsm)$/.test(tokens[i - 1]!.norm))) {
        hits.push(span(f, child, i, 'plaatsing'));
        continue;
      }
    }
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const t = tokens[k]!;
      if (t.punct || !usable[k]) break;
      if (!/^(bij|in|naar)$/.test(t.norm)) continue;
      const dest = nextContent(tokens, k + 1, 3, (x) => has(x, 'RELATIVE') || has(x, 'PLACE') || has(x, 'NETWORK') || has(x, 'HOME'));
      if (dest !== null && usable[dest]) {
        hits.push(span(f, i, dest, 'plaatsing'));
        break;
      }
    }
  }
}

const TASK_LABEL = /^(actie|acties|actiepunt|actiepunten|taak|taken|todo|to-do)$/;

/** "uitkomst: alleen videobellen", "conclusie: perspectiefbesluit Roos = pleeggezin", "-> machtiging UHP voor Fenna". */
function labelledObjects(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "bij volgende melding: UHP": a condition as the label
    const conditionLabel = t.norm === ':' && tokens.findIndex((x) => !x.punct) === tokens.findIndex((x) => x.norm === 'bij' || has(x, 'COND')) && i <= 5;
    // "actie Petra:", "actiepunt GV:", "taak:": a task handed out
    const taskLabel = t.norm === ':' && tokens.slice(Math.max(0, i - 4), i).some((x) => TASK_LABEL.test(x.norm));
    const isLabel = t.norm === '->' || t.norm === '=' || (t.norm === ':' && labelledBefore(f, i + 1)) || conditionLabel || taskLabel;
    if (!isLabel || sessionTalk(f)) continue;
    const o = nextContent(tokens, i + 1, 3, (x) => isObject(x) && !has(x, 'CASE') && !has(x, 'OTHER_CASE') && !isTopic(tokens, tokens.indexOf(x)));
    if (o === null || !usable[o]) continue;
    const clause = f.clauses[f.clauseOf[o]!]!;
    // a meeting under a task label is a task in the case when it is a home visit or has a party of the case
    // to meet: "actie Petra: gesprek met de mentor", "taak GV: huisbezoek" (not "evaluatie met Joost", a colleague)
    if (taskLabel && has(tokens[o], 'MEETING') && !reasonOf(tokens[o]!)) {
      const withWhom = tokens.slice(o + 1, Math.min(clause.to, o + 6)).findIndex((x) => has(x, 'RELATIVE') || has(x, 'CHILD') || (has(x, 'OTHER') && !has(x, 'CASEHOLDER')));
      if (withWhom >= 0 && usable[o + 1 + withWhom]) hits.push(span(f, o, o + 1 + withWhom, 'casusbesluit'));
      else if (/^huisbezoek(en)?$/.test(tokens[o]!.norm)) hits.push(span(f, o, o, 'casusbesluit'));
      continue;
    }
    const complement = complementAfter(f, o, clause.to);
    const rest = tokens.slice(o + 1, clause.to).filter((x) => !x.punct);
    const reason = reasonOf(tokens[o]!);
    if (reason && (complement !== null || rest.length === 0 || has(tokens[o], 'EVENT'))) hits.push(span(f, o, complement ?? o, reason));
  }
}

// ── destinations ───────────────────────────────────────────────────────────────────────────────────
function destinations(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i]) continue;
    const t = tokens[i]!;
    if (t.norm === 'naar') naar(f, i, hits);
    else if (t.norm === 'blijft' || t.norm === 'blijven') blijft(f, i, hits);
    else if ((t.norm === 'krijgt' || t.norm === 'krijgen') && told(f, i)) hits.push(span(f, i, i + 3, 'casusbesluit'));
    else if (/^(gaat|gaan|komt|komen|loopt|lopen)$/.test(t.norm) && custody(f, i) !== null) hits.push(span(f, i, custody(f, i)!, 'casusbesluit'));
    else if (/^(krijgt|krijgen|wordt|worden|hoort|horen)$/.test(t.norm) && informed(f, i) !== null) hits.push(span(f, i, informed(f, i)!, 'casusbesluit'));
    else if ((t.norm === 'wordt' || t.norm === 'worden') && (tokens[i - 1]?.norm === 'het' || tokens[i + 1]?.norm === 'het' || has(tokens[i - 1], 'PLACE') || has(tokens[i - 1], 'CONTACT') || has(tokens[i - 1], 'HELP'))) {
      // "het wordt een gezinshuis", "dan wordt het een ots", "het pleeggezin wordt de vaste plek", "weekendomgang wordt dagomgang"
      const dest = nextContent(tokens, i + 1, 4, (x) => has(x, 'PLACE') || has(x, 'HELP') || has(x, 'MEASURE') || (has(x, 'CONTACT') && has(tokens[i - 1], 'CONTACT')));
      const r = dest !== null && usable[dest] ? reasonOf(tokens[dest]!) : null;
      if (dest !== null && r) hits.push(span(f, i, dest, r));
    } else if (/^(ziet|zien|bellen|belt|bezoeken|bezoekt|opzoeken|logeren|logeert|slapen|slaapt|langskomen)$/.test(t.norm)) {
      // "ziet zijn zus alleen nog onder begeleiding", "mag zijn kinderen niet meer zien": contact, when limited or planned
      const c = clauseTokens(f, i);
      // "Lisa belt de huisarts": the one called is another party, not family
      const callee = c.slice(c.indexOf(t) + 1).find((x) => has(x, 'RELATIVE') || has(x, 'CHILD') || has(x, 'NAME') || has(x, 'OTHER') || has(x, 'AUTHORITY'));
      if (callee && (has(callee, 'OTHER') || has(callee, 'AUTHORITY')) && !has(callee, 'RELATIVE')) continue;
      const someone = c.some((x) => (has(x, 'RELATIVE') || has(x, 'CHILD') || has(x, 'NAME') || x.norm === 'elkaar') && !has(x, 'OTHER'));
      if (someone && c.some((x) => has(x, 'A_LIMIT') || has(x, 'FUTURE_TIME') || has(x, 'A_PERMIT'))) hits.push(span(f, i, i, 'omgang'));
    }
  }
}

const DESTINATION: ReadonlyArray<[Tag, Reason]> = [
  ['PLACE', 'plaatsing'],
  ['NETWORK', 'plaatsing'],
  ['MEASURE', 'maatregel'],
  ['HELP', 'hulpverlening'],
  ['RAAD', 'onderzoek'],
  ['COURT', 'opschalen'],
  ['REPORT_TO', 'melding'],
  ['ESCALATE', 'opschalen'],
];

/**
 * What others are told is a case decision (policy: "what the school is told"): "de mentor krijgt alleen te
 * horen dat …", "school krijgt niets te weten over …" — with the school or another party as the one told.
 */
function told(f: Frames, i: number): boolean {
  const { tokens } = f;
  const after = tokens.slice(i + 1, i + 5).map((x) => x.norm);
  const te = after.indexOf('te');
  if (te < 0 || !/^(horen|weten)$/.test(after[te + 1] ?? '')) return false;
  const subject = tokens.slice(f.clauses[f.clauseOf[i]!]!.from, i);
  return subject.some((x) => has(x, 'OTHER') || has(x, 'OTHER_CASE'));
}

/**
 * Who keeps a document, the money or the phone: "zakgeld gaat voortaan via de pleegouders", "paspoort van
 * Lotte gaat naar de GV", "paspoort komt bij de GV te liggen". The thing (not the school, not a person) opens
 * the clause; "loopt … via" is how it goes unless a "voortaan" makes it the new way.
 */
function custody(f: Frames, i: number): number | null {
  const { tokens, usable } = f;
  const clause = f.clauses[f.clauseOf[i]!]!;
  const subject = tokens.slice(clause.from, i).filter((x) => !x.punct && !has(x, 'DET'));
  const thing = subject[0];
  if (!thing || !has(thing, 'OTHER_CASE') || has(thing, 'OTHER') || has(thing, 'CASEHOLDER') || has(thing, 'SCHOOLING')) return null;
  if (!subject.slice(1).every((x) => x.norm === 'van' || has(x, 'NAME') || has(x, 'CHILD'))) return null;
  const when = tokens.slice(clause.from, clause.to).some((x) => has(x, 'FUTURE_TIME'));
  if (/^(loopt|lopen)$/.test(tokens[i]!.norm) && !when) return null;
  // "zakgeld gaat nu via moeder": how it goes now is a fact
  if (tokens.slice(clause.from, clause.to).some((x) => /^(nu|nog|al|altijd)$/.test(x.norm))) return null;
  for (let k = i + 1; k < Math.min(clause.to, i + 5); k++) {
    if (!usable[k]) return null;
    if (!/^(naar|bij|via)$/.test(tokens[k]!.norm)) continue;
    const who = nextContent(tokens, k + 1, 2, (x) => has(x, 'CASEHOLDER') || has(x, 'RELATIVE') || has(x, 'OTHER') || has(x, 'AUTHORITY'));
    return who !== null && usable[who] ? who : null;
  }
  return null;
}

/** How much another party is told, written as a plan in the passive or with "krijgt … informatie". */
const RESTRICT = /^(geen|alleen|enkel|slechts|wel|niet|niets|pas|minder|beperkt|beperkte|summier|summiere)$/;
const INFORMATION = /^(informatie|info|inzage|uitleg|details|verslagen|rapportage|rapportages)$/;
const INFORMED = /^(verteld|ingelicht|geinformeerd|geïnformeerd|gemeld|bijgepraat)$/;

/**
 * What another party is told is a case decision: "de school krijgt geen informatie over …", "mentor krijgt
 * alleen inzage in …", "school wordt alleen verteld dat …", "de sportclub wordt ingelicht". The one told is
 * the school or another party (the subject); silent when someone else does the telling ("wordt door
 * moeder ingelicht"), or for "krijgt informatie" with no limit or when ("krijgt informatie van de GV" is how
 * it goes). Returns the last token of the find.
 */
function informed(f: Frames, i: number): number | null {
  const { tokens, usable } = f;
  const clause = f.clauses[f.clauseOf[i]!]!;
  const subject = tokens.slice(clause.from, i).filter((x) => !x.punct && !has(x, 'DET'));
  if (subject.length === 0 || subject.length > 3 || !subject.some((x) => has(x, 'OTHER') || has(x, 'OTHER_CASE')) || subject.some((x) => has(x, 'CASEHOLDER'))) return null;
  const rest = tokens.slice(i + 1, clause.to);
  if (rest.some((x, k) => (x.norm === 'door' || x.norm === 'van') && (has(rest[k + 1], 'RELATIVE') || has(rest[k + 1], 'OTHER') || has(rest[k + 1], 'AUTHORITY') || has(rest[k + 2], 'RELATIVE') || has(rest[k + 2], 'OTHER') || has(rest[k + 2], 'AUTHORITY')))) return null;
  const limited = rest.slice(0, 3).some((x) => RESTRICT.test(x.norm));
  // "de mentor hoort alleen dat er thuis iets speelt": told, within a limit
  if (/^(hoort|horen)$/.test(tokens[i]!.norm)) return limited && rest.some((x) => x.norm === 'dat' || x.norm === 'over') ? i + 1 : null;
  const when = tokens.slice(clause.from, clause.to).some((x) => has(x, 'FUTURE_TIME'));
  for (let k = i + 1; k < Math.min(clause.to, i + 5); k++) {
    const x = tokens[k]!;
    if (!usable[k]) return null;
    if (/^(krijgt|krijgen)$/.test(tokens[i]!.norm) && INFORMATION.test(x.norm) && (limited || when)) return k;
    if (/^(wordt|worden)$/.test(tokens[i]!.norm) && INFORMED.test(x.norm)) return k;
  }
  return null;
}

/** A choice of school: "Bo gaat na de zomer naar het vmbo", written as a plan (a when, or a firm sentence). */
function toSchool(f: Frames, i: number, hits: Hit[]): boolean {
  const { tokens } = f;
  const dest = nextContent(tokens, i + 1, 3, (x) => has(x, 'SCHOOLING'));
  if (dest === null || !f.usable[dest]) return false;
  // "gaat van school, naar het speciaal onderwijs": a change of school makes it a plan
  const joined = tokens.map((x) => x.norm).join(' ');
  if (!(clauseTokens(f, i).some((x) => has(x, 'FUTURE_TIME')) || /\bna\s+de\s+(zomer|vakantie|kerst)/.test(joined) || /\b(gaat|gaan|wisselt|wisselen) van school\b/.test(joined) || firmSentence(f) || schoolAlternative(f, dest))) return false;
  hits.push(span(f, i, dest, 'casusbesluit'));
  return true;
}

/**
 * A school chosen against another one: "gaat naar het vo, niet naar het praktijkonderwijs", "naar de mavo
 * ipv het sbo", "in plaats van het sbo". The alternative comes after the school chosen.
 */
function schoolAlternative(f: Frames, dest: number): boolean {
  const { tokens } = f;
  for (let k = dest + 1; k < tokens.length; k++) {
    const n = tokens[k]!.norm;
    const marker = (n === 'niet' && tokens[k + 1]?.norm === 'naar') || n === 'ipv' || (n === 'plaats' && tokens[k - 1]?.norm === 'in' && tokens[k + 1]?.norm === 'van') || (n === 'v' && tokens[k - 2]?.norm === 'p');
    if (marker && tokens.slice(k + 1, k + 5).some((x) => has(x, 'SCHOOLING'))) return true;
  }
  return false;
}

function naar(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  const prev = tokens.slice(Math.max(0, i - 2), i).filter((x) => !/^(terug|weer|toch|dan|direct|meteen|gewoon)$/.test(x.norm)).pop();
  if (prev && NOT_MOVING.has(prev.norm)) return;
  if (toSchool(f, i, hits)) return;
  const dest = nextContent(tokens, i + 1, 3, (x) => DESTINATION.some(([tag]) => x.tags.has(tag)) || has(x, 'RELATIVE') || has(x, 'HOME'));
  if (dest === null || !f.usable[dest]) return;
  const d = tokens[dest]!;
  const reason = DESTINATION.find(([tag]) => d.tags.has(tag))?.[1];
  // "Sem gaat naar de huisarts", "moeder gaat naar de politie": someone going there on their own is an appointment or their own act
  if (reason === 'melding') {
    const c = clauseTokens(f, i);
    const who = c.slice(0, c.indexOf(tokens[i]!)).find((x) => has(x, 'RELATIVE') || has(x, 'CHILD') || has(x, 'NAME') || has(x, 'OTHER') || has(x, 'US') || has(x, 'CASEHOLDER'));
    if (who && !has(who, 'US') && !has(who, 'CASEHOLDER') && c.some((x) => /^(gaat|gaan)$/.test(x.norm))) return;
  }
  if (reason) {
    hits.push(span(f, i, dest, reason));
    return;
  }
  // To a relative or home: a return ("terug naar"), or a move that the text makes firm.
  const clause = clauseTokens(f, i);
  const first = clause.find((x) => !x.punct);
  // "flap gaat niet mee naar huis": a thing of the session going somewhere
  if (first && has(first, 'SESSION')) return;
  if (first && (has(first, 'RELATIVE') || has(first, 'OTHER') || has(first, 'AUTHORITY')) && !has(first, 'CHILD')) return;
  const isReturn = tokens[i - 1]?.norm === 'terug';
  if (isReturn || firmSentence(f)) hits.push(span(f, isReturn ? i - 1 : i, dest, 'plaatsing'));
}

function blijft(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  // "blijft op zijn eigen school": the choice of school stands; "blijft thuis van school" is absence, a fact
  const op = tokens[i + 1]?.norm === 'op';
  const school = tokens.slice(i + 1, i + 5).findIndex((x) => x.norm === 'school' || has(x, 'SCHOOLING'));
  if (op && school >= 0 && f.usable[i + 1 + school]) {
    hits.push(span(f, i, i + 1 + school, 'casusbesluit'));
    return;
  }
  // "paspoort van Lina blijft bij de GV": who keeps a document or money
  const held = tokens.slice(f.clauses[f.clauseOf[i]!]!.from, i).some((x) => has(x, 'OTHER_CASE') && !has(x, 'CASEHOLDER'));
  if (held && tokens[i + 1]?.norm === 'bij') {
    const who = nextContent(tokens, i + 2, 2, (x) => has(x, 'CASEHOLDER') || has(x, 'RELATIVE') || has(x, 'OTHER'));
    if (who !== null && f.usable[who]) {
      hits.push(span(f, i, who, 'casusbesluit'));
      return;
    }
  }
  // "blijft tot haar 18e in het pleeggezin", "blijft tot de zomer bij tante wonen": until when, then where
  const until = tokens[i + 1]?.norm === 'tot' ? 4 : 0;
  if (tokens[i + 1]?.norm === 'weg' || tokens.slice(i + 1, i + 5 + until).some((x) => x.norm === 'school')) return;
  const before = tokens[i - 1];
  if (before && (has(before, 'MEASURE') || has(before, 'CONTACT') || has(before, 'HELP'))) return;
  // "moeder blijft in de vrouwenopvang", "vader blijft bij oma wonen": where a parent or another party stays is a fact
  const clause = f.clauses[f.clauseOf[i]!]!;
  const who = tokens.slice(clause.from, i).find((x) => has(x, 'NAME') || has(x, 'CHILD') || has(x, 'RELATIVE') || has(x, 'OTHER') || has(x, 'AUTHORITY'));
  if (who && !has(who, 'CHILD') && !has(who, 'NAME') && (has(who, 'RELATIVE') || has(who, 'OTHER') || has(who, 'AUTHORITY'))) return;
  for (let k = i + 1; k < Math.min(tokens.length, i + 6 + until); k++) {
    const t = tokens[k]!;
    if (t.punct || !f.usable[k]) return;
    const bij = tokens[k - 1]?.norm === 'bij' || tokens[k - 2]?.norm === 'bij';
    if (has(t, 'PLACE') || has(t, 'NETWORK') || has(t, 'HOME') || (bij && has(t, 'RELATIVE')) || t.norm === 'waar' || t.norm === 'wonen') {
      hits.push(span(f, i, k, 'plaatsing'));
      return;
    }
  }
}

// ── a step as the head of an entry ─────────────────────────────────────────────────────────────────
function entries(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let e = 0; e < tokens.length; e++) {
    const t = tokens[e]!;
    // A step noun ("terugplaatsing", "vto"), or an object with a when: "MST per 1 maart", "gezinshuis vanaf de zomer".
    const step = has(t, 'EVENT');
    if (!usable[e] || !(step || (['MEASURE', 'PLACE', 'HELP', 'CONTACT'] as const).some((tag) => t.tags.has(tag)))) continue;
    const whenBefore = tokens.slice(f.clauses[f.clauseOf[e]!]!.from, e).some((x) => has(x, 'FUTURE_TIME'));
    // "jeugdzorgplus voor Sem", "gezinshuis voor Lotte": a place or measure for a named child is a step too
    const forChild = !step && tokens[e + 1]?.norm === 'voor' && (has(tokens[e + 2], 'NAME') || has(tokens[e + 2], 'CHILD')) && f.usable[e + 2] ? e + 2 : null;
    const when = whenAfter(f, e) ?? (whenBefore ? e : null) ?? forChild;
    if (!step && when === null) continue;
    const clause = f.clauses[f.clauseOf[e]!]!;
    const c = tokens.slice(clause.from, clause.to);
    // Nothing verb-like or definite before it in its clause: "terugplaatsing Yara …", "een verzoek tot onderzoek …", "ons advies …".
    const before = tokens.slice(clause.from, e).filter((x) => !x.punct);
    // "VT melding", "raad verzoek": where a step goes may stand before it, as after it ("melding VT")
    const addressee = (x: Token) => step && (has(x, 'REPORT_TO') || has(x, 'RAAD')) && !has(x, 'EVENT');
    const entryHead = before.every((x) => has(x, 'NAME') || has(x, 'CHILD') || has(x, 'FUTURE_TIME') || addressee(x) || x.norm === 'een' || x.norm === 'ons' || x.norm === 'onze' || x.tags.size === 0);
    if (!entryHead) continue;
    // "machtiging UHP geldt tot juni" is how things stand; "ons advies aan de rechter is een OTS" is ours.
    const ours = before.some((x) => x.norm === 'ons' || x.norm === 'onze');
    if (c.some((x) => has(x, 'STATE') || (has(x, 'AUX') && !ours) || has(x, 'VOLITION'))) continue;
    const next = tokens[e + 1];
    // "aangifte van moeder", "melding van school": someone else's; "aangifte van mishandeling", "melding van
    // huiselijk geweld": what is reported (a word of no class right after "van")
    const of = tokens[e + 2];
    if (next?.norm === 'van' && !(has(of, 'NAME') || has(of, 'CHILD') || (step && of !== undefined && !of.punct && of.tags.size === 0))) continue;
    // At the start of the sentence, or right after a label: "advies aan de rechter", "weging: advies aan de rechter volgt".
    const opening = (x: Token) => x.punct || addressee(x) || x.norm === 'een' || x.norm === 'ons' || x.norm === 'onze';
    const afterLabel = tokens[clause.from - 1]?.norm === ':' || tokens[clause.from - 1]?.norm === '->';
    const sentenceStart = tokens.slice(afterLabel ? clause.from : 0, e).every(opening);
    const complement = step ? complementAfter(f, e, clause.to) : when;
    if (complement === null && !labelledBefore(f, e) && !sentenceStart) continue;
    const reason = reasonOf(t) ?? nearbyReason(f, e) ?? 'besluit';
    let from = e;
    if (tokens[e - 1]?.norm === 'een' || tokens[e - 1]?.norm === 'ons' || tokens[e - 1]?.norm === 'onze') from = e - 1;
    hits.push(span(f, from, complement ?? e, reason));
  }
}

/** "per 1 maart", "vanaf de zomer", "morgen": when, right after an object or after where to ("pleegzorg bij tante Ria per 1/9"). */
function whenAfter(f: Frames, e: number): number | null {
  const { tokens } = f;
  const where = /^(bij|naar|in)$/.test(tokens[e + 1]?.norm ?? '');
  for (let k = e + 1; k < Math.min(tokens.length, e + (where ? 6 : 4)); k++) {
    const t = tokens[k]!;
    if (t.punct) return null;
    if (has(t, 'FUTURE_TIME')) return k;
  }
  return null;
}

/** What makes a bare noun a plan: a who, a when, a where ("Yara per 1 sept", "bij de Raad", "deadline vrijdag"). */
function complementAfter(f: Frames, e: number, to: number): number | null {
  const { tokens } = f;
  for (let k = e + 1; k < Math.min(to, e + 6); k++) {
    const t = tokens[k]!;
    if (has(t, 'NAME') || has(t, 'CHILD') || has(t, 'FUTURE_TIME') || has(t, 'RAAD') || has(t, 'REPORT_TO') || has(t, 'COURT') || has(t, 'PLACE') || has(t, 'MEASURE') || has(t, 'HELP')) return k;
    if (/^(bij|naar|voor|per|vanaf|deadline|vandaag|morgen|\d+)$/.test(t.norm)) {
      // extend over what the preposition governs
      for (let j = k + 1; j < Math.min(to, k + 4); j++) if (!has(tokens[j], 'DET') && !tokens[j]!.punct) return j;
      return k;
    }
  }
  return null;
}

// ── "geen" + object ────────────────────────────────────────────────────────────────────────────────
function negatedObjects(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i] || tokens[i]!.norm !== 'geen') continue;
    // "vader heeft geen contact", "moeder wil geen hulp": how things are or what someone wants.
    const c = clauseTokens(f, i);
    if (!c.some((x) => has(x, 'US')) && c.some((x) => has(x, 'AUX') || has(x, 'STATE') || has(x, 'VOLITION'))) continue;
    // "geen toestemming voor emigratie": a permission refused for what follows "voor"
    const permission = tokens[i + 1]?.norm === 'toestemming' && tokens[i + 2]?.norm === 'voor' ? i + 3 : i + 1;
    const o = nextContent(tokens, permission, 2, (x) => isObject(x) && !has(x, 'CASE'));
    if (o === null || !usable[o]) continue;
    // "geen hulp vanuit het netwerk", "geen steun van school": what others give or do not give is a fact
    const src = tokens[o + 1]?.norm;
    const giver = nextContent(tokens, o + 2, 2, (x) => has(x, 'NETWORK') || has(x, 'OTHER') || (has(x, 'RELATIVE') && !has(x, 'CHILD')));
    if (src === 'vanuit' || src === 'uit' || (src === 'van' && giver !== null)) continue;
    const reason = reasonOf(tokens[o]!);
    if (reason) {
      const h = span(f, i, o, reason);
      h.form = 'negatief';
      hits.push(h);
    }
  }
}

/** "melding VT: ja", "terugplaatsing: nee", "ots -> verlengen": an answer recorded against a step. */
const ANSWER_OBJECTS: ReadonlyArray<Tag> = ['MEASURE', 'PLACE', 'CONTACT', 'HELP', 'RAAD', 'REPORT_TO', 'EVENT', 'ESCALATE', 'COURT'];
function answers(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  const sep = tokens.findIndex((t) => t.norm === ':' || t.norm === '=' || t.norm === '->');
  if (sep <= 0) return;
  const after = tokens.slice(sep + 1).filter((t) => !t.punct);
  if (after.length === 0 || after.length > 2 || !after.every((t) => /^(ja|nee|akkoord|doen|niet|wel|zeker|prima|oke|ok)$/.test(t.norm))) return;
  for (let o = sep - 1; o >= 0; o--) {
    const t = tokens[o]!;
    if (!usable[o] || !ANSWER_OBJECTS.some((tag) => t.tags.has(tag))) continue;
    const reason = reasonOf(t) ?? nearbyReason(f, o);
    if (!reason) continue;
    const h = span(f, o, sep - 1, reason);
    if (after.some((x) => x.norm === 'nee' || x.norm === 'niet')) h.form = 'negatief';
    hits.push(h);
    return;
  }
}

/** "akkoord met MST, anders ots", "anders gaat het naar de rechter": an ultimatum. */
function otherwise(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'anders' || !usable[i]) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const t = tokens[k]!;
      if (t.punct) break;
      if (usable[k] && ['MEASURE', 'PLACE', 'COURT', 'RAAD', 'REPORT_TO', 'ESCALATE'].some((tag) => t.tags.has(tag as Tag))) {
        hits.push(span(f, i, k, 'opschalen'));
        break;
      }
    }
  }
}

// ── escalation ─────────────────────────────────────────────────────────────────────────────────────
function escalation(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i] || !has(tokens[i], 'ESCALATE')) continue;
    // "de aanwijzing van de GI" is someone's; "leg die aanwijzing op" is an order.
    if (DEFINITE.has(tokens[i - 1]?.norm ?? '') && !/^(die|deze)$/.test(tokens[i - 1]!.norm)) continue;
    hits.push(span(f, i, i, 'opschalen'));
  }
}

// ── a task for the case holder ─────────────────────────────────────────────────────────────────────
function tasks(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const who = tokens[i]!;
    if (!usable[i] || who.norm === 'je') continue;
    // A named professional gets a task only under a label: "actie: Els plant een netwerkberaad".
    if (!has(who, 'CASEHOLDER') && !(has(who, 'NAME') && labelledBefore(f, i))) continue;
    const v = tokens[i + 1]!;
    if (!TASK_VERBS.has(v.norm) || !usable[i + 1]) continue;
    const c = clauseTokens(f, i);
    // "actie: Els brengt volgende keer haar casus in": bringing a case to the session is session talk
    if ((v.norm === 'brengt' && c.some((x) => x.norm === 'in') && c.some((x) => has(x, 'CASE')))) continue;
    // "GV vraagt het dossier op", "GV maakt een afspraak met de huisarts"
    if ((v.norm === 'vraagt' && c.some((x) => x.norm === 'op')) || (v.norm === 'maakt' && c.some((x) => x.norm === 'afspraak'))) {
      hits.push(span(f, i, i + 1, 'casusbesluit'));
      continue;
    }
    // "GV informeert de school", "jij belt de huisarts": a task; "GV gaat …" only with a when.
    // "GV plant een netwerkberaad in", "GV haalt het paspoort op": a task with a step or a document of the case
    const caseThing = c.some((x) => has(x, 'HELP') || has(x, 'EVENT') || (has(x, 'OTHER_CASE') && !has(x, 'CASEHOLDER') && !has(x, 'OTHER')));
    const planned = c.some((x) => has(x, 'FUTURE_TIME') || has(x, 'MEETING')) || (caseThing && /^(plant|haalt|regelt|vraagt|zorgt|pakt|organiseert)$/.test(v.norm)) || /^(regelt|tekent|informeert|meldt|belt|schrijft|stuurt|mailt|brengt|organiseert)$/.test(v.norm) || labelledBefore(f, i);
    if (planned) hits.push(span(f, i, i + 1, 'casusbesluit'));
  }
}

/** A conditional or an endorsement makes a move to a relative firm: "als moeder drinkt gaat Jesse naar oma. punt." */
function firmSentence(f: Frames): boolean {
  return f.tokens.some((t, i) => f.usable[i] && (has(t, 'COND') || has(t, 'ENDORSE') || has(t, 'FUTURE_TIME') || t.norm === '->' || has(t, 'US'))) || labelledBefore(f, f.tokens.length);
}

function formOf(f: Frames, h: Hit): Form | undefined {
  const { tokens } = f;
  const clause = f.clauses[f.clauseOf[h.from]!];
  const first = clause ? tokens.slice(clause.from, clause.to).findIndex((t) => !t.punct) + clause.from : -1;
  if (first === h.from && has(tokens[h.from], 'IMPERATIVE')) return 'directief';
  if (clause && tokens.slice(clause.from, h.to + 1).some((t) => has(t, 'NEG'))) return 'negatief';
  if (tokens.some((t) => has(t, 'COND')) || tokens.some((t, i) => t.norm === '=' && i < h.from)) return 'voorwaardelijk';
  return undefined;
}
