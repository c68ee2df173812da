/**
 * Decisions written as a plan in the present tense or as a bare entry, without a deciding or acting verb:
 *
 * - where a child will live: "Ravi gaat bij zijn oom wonen", "Jesse komt bij opa en oma te wonen";
 * - where a child grows up: "perspectief Lotte ligt bij het pleeggezin", "perspectief: opgroeien bij tante";
 * - a special school type as where a child goes: "Sara gaat naar het speciaal onderwijs";
 * - a child, a when and where to, with no verb: "Demi vanaf mei bij tante";
 * - a firm condition with a step for its outcome: "als vader weer slaat dan aangifte";
 * - the session escalating or appealing: "we escaleren naar de teamleider", "we gaan in hoger beroep";
 * - help put in: "gezinscoach erop", "MST erbij".
 *
 * Each names who the plan is about (a child, a name, "we") so that the plans, wishes and moves of parents
 * and others ("moeder gaat bij haar vriend wonen", "advocaat gaat in beroep") stay facts.
 */
import { has, isAction, isObject } from './context';
import { type Frames, type Hit, clauseTokens, nextContent, reasonOf, span } from './frame-kit';
import type { Token } from './tokens';

export function plans(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i]) continue;
    const n = tokens[i]!.norm;
    if (n === 'wonen') livingAt(f, i, hits);
    else if (n === 'komt' || n === 'komen') comesTo(f, i, hits);
    else if (n === 'perspectief') perspective(f, i, hits);
    else if (n === 'naar') specialSchool(f, i, hits);
    else if (n === 'dan') thenStep(f, i, hits);
    else if (n === 'bij') verblessMove(f, i, hits);
    else if (/^(escaleren|escaleer)$/.test(n)) escalateTo(f, i, hits);
    else if (n === 'beroep' || n === 'hoger beroep') appeal(f, i, hits);
    else if (/^(erop|erbij|erin)$/.test(n)) helpPutIn(f, i, hits);
    else if (n === 'krijgt' || n === 'krijgen') getsHelp(f, i, hits);
    else if (n === 'weg' || n === 'weghalen') takeAway(f, i, hits);
    else if (n === 'mee') goingAlong(f, i, hits);
  }
}

/**
 * "Gijs krijgt MST", "moeder krijgt opvoedondersteuning": who gets which help, as a plan. Not help someone
 * has already ("krijgt al", "krijgt nu"), gets from another party ("van het wijkteam"), or at school.
 */
function getsHelp(f: Frames, i: number, hits: Hit[]) {
  const { tokens, usable } = f;
  const c = clauseTokens(f, i);
  if (!PLAIN(c) || c.some((x) => /^(al|sinds|op)$/.test(x.norm) || has(x, 'AUX'))) return;
  const who = c.slice(0, c.indexOf(tokens[i]!)).filter((x) => !x.punct && !has(x, 'DET'));
  if (who.length === 0 || who.length > 2 || !who.some((x) => has(x, 'NAME') || has(x, 'CHILD') || has(x, 'RELATIVE')) || who.some((x) => has(x, 'OTHER') && !has(x, 'RELATIVE'))) return;
  const o = nextContent(tokens, i + 1, 3, (x) => has(x, 'HELP'));
  if (o === null || !usable[o]) return;
  const rest = tokens.slice(o + 1, f.clauses[f.clauseOf[i]!]!.to);
  if (rest.some((x, k) => /^(van|vanuit|via|door)$/.test(x.norm) && rest.slice(k + 1, k + 3).some((y) => has(y, 'OTHER') || has(y, 'AUTHORITY') || has(y, 'RELATIVE') || has(y, 'HELP')))) return;
  hits.push(span(f, i, o, 'hulpverlening'));
}

/** "Liam mag niet mee naar Marokko", "Bo mag mee met de klas": a permission for the child to go along. */
function goingAlong(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  const c = clauseTokens(f, i);
  const may = c.find((x) => /^(mag|mogen)$/.test(x.norm));
  if (!may || tokens.indexOf(may) > i || tokens[tokens.indexOf(may) + 1]?.norm === 'van' || !PLAIN(c) || !childSubject(c, may)) return;
  hits.push(span(f, tokens.indexOf(may), i, 'casusbesluit'));
}

/** "haal K1 daar weg", "Sem weghalen bij moeder": taking a child away is a placement out of the home. */
function takeAway(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  const c = clauseTokens(f, i);
  const take = tokens[i]!.norm === 'weghalen' ? tokens[i]! : c.find((x) => /^(haal|halen|haalt)$/.test(x.norm));
  if (!take || !PLAIN(c) || c.some((x) => has(x, 'AUX'))) return;
  const child = c.find((x) => has(x, 'CHILD') || has(x, 'NAME'));
  if (!child) return;
  // "oma haalt Sem weg van school": a parent or another party fetching a child is a fact
  const first = c.find((x) => !x.punct && !has(x, 'DET'));
  if (first && first !== take && first !== child && (has(first, 'RELATIVE') || has(first, 'OTHER'))) return;
  const from = Math.min(tokens.indexOf(take), tokens.indexOf(child), i);
  hits.push(span(f, from, Math.max(tokens.indexOf(take), i), 'maatregel'));
}

/** "gezinscoach erop", "MST erbij", "extra hulp erin": help put in, written as an entry (not "moeder heeft hulp erbij"). */
function helpPutIn(f: Frames, i: number, hits: Hit[]) {
  const { tokens, usable } = f;
  if (i === 0 || !has(tokens[i - 1], 'HELP') || !usable[i - 1]) return;
  const c = clauseTokens(f, i);
  if (!PLAIN(c) || c.some((x) => has(x, 'AUX') || has(x, 'STATE'))) return;
  const before = c.slice(0, c.indexOf(tokens[i - 1]!)).filter((x) => !x.punct);
  if (!before.every((x) => has(x, 'DET') || x.tags.size === 0 || has(x, 'FUTURE_TIME'))) return;
  hits.push(span(f, i - 1, i, 'hulpverlening'));
}

/** The subject of the clause is a child or a named person, not a parent or another party. */
function childSubject(c: readonly Token[], verb: Token): boolean {
  const person = (x: Token) => has(x, 'NAME') || has(x, 'CHILD') || has(x, 'RELATIVE') || has(x, 'OTHER') || has(x, 'AUTHORITY');
  // before the verb, or right after it when a time or place opens the clause ("na de zomer gaat Ravi …")
  const head = c.slice(0, c.indexOf(verb)).find(person) ?? c.slice(c.indexOf(verb) + 1, c.indexOf(verb) + 3).find(person);
  if (!head) return false;
  return (has(head, 'NAME') || has(head, 'CHILD')) && !(has(head, 'OTHER') || has(head, 'AUTHORITY') || (has(head, 'RELATIVE') && !has(head, 'CHILD')));
}

const PLAIN = (c: readonly Token[]): boolean => !c.some((x) => has(x, 'HABIT') || has(x, 'VOLITION') || has(x, 'MODAL_OPEN') || has(x, 'PAST') || has(x, 'PAST_TIME') || /^(nu|nog|graag|liever|fijn|leuk)$/.test(x.norm));

/** "gaat bij zijn oom wonen", "komt bij opa en oma te wonen", "gaat in een gezinshuis wonen": a move as a plan. */
function livingAt(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  const c = clauseTokens(f, i);
  const go = c.find((x) => /^(gaat|gaan|komt|komen)$/.test(x.norm));
  // a verb first is a question without its mark ("gaat Ravi bij oom wonen")
  if (!go || go === c.find((x) => !x.punct) || !PLAIN(c) || !childSubject(c, go)) return;
  const g = tokens.indexOf(go);
  for (let k = g + 1; k < i; k++) {
    const t = tokens[k]!;
    if (!f.usable[k]) return;
    if (has(t, 'PLACE') || has(t, 'NETWORK') || has(t, 'HOME') || /^(daar|hier)$/.test(t.norm) || (has(t, 'RELATIVE') && tokens.slice(g + 1, k).some((x) => x.norm === 'bij'))) {
      hits.push(span(f, g, i, 'plaatsing'));
      return;
    }
  }
}

/** "Yara komt in een pleeggezin", "Yara komt bij oma": where a child comes to live, with nothing else to do there. */
function comesTo(f: Frames, i: number, hits: Hit[]) {
  const { tokens, usable } = f;
  const c = clauseTokens(f, i);
  const verb = tokens[i]!;
  if (verb === c.find((x) => !x.punct) || !PLAIN(c) || !childSubject(c, verb)) return;
  const prep = tokens[i + 1]?.norm === 'bij' || tokens[i + 1]?.norm === 'in' ? i + 1 : has(tokens[i + 1], 'FUTURE_TIME') && /^(bij|in)$/.test(tokens[i + 2]?.norm ?? '') ? i + 2 : -1;
  if (prep < 0) return;
  const dest = nextContent(tokens, prep + 1, 2, (x) => has(x, 'PLACE') || has(x, 'NETWORK') || (has(x, 'RELATIVE') && tokens[prep]!.norm === 'bij'));
  if (dest === null || !usable[dest]) return;
  // "komt bij oma logeren", "komt bij oma eten": another verb after it says what for
  const rest = tokens.slice(dest + 1, f.clauses[f.clauseOf[i]!]!.to).filter((x) => !x.punct);
  if (rest.some((x) => /en$/.test(x.norm) && !has(x, 'RELATIVE') && !has(x, 'CHILD') && !has(x, 'FUTURE_TIME') && x.norm !== 'wonen')) return;
  hits.push(span(f, i, dest, 'plaatsing'));
}

/**
 * Where the child grows up, written as where the perspective lies or as its content: "perspectief Lotte
 * ligt bij het pleeggezin", "het perspectief van Bram ligt niet meer thuis", "perspectief = pleeggezin",
 * "perspectief: opgroeien bij tante". Not where the decision lies ("perspectiefbesluit ligt bij de GI").
 */
function perspective(f: Frames, i: number, hits: Hit[]) {
  const { tokens, usable } = f;
  const c = clauseTokens(f, i);
  if (!PLAIN(c)) return;
  // the label may follow the child's name: "perspectief Fenna: bij oom en tante"
  const named = (has(tokens[i + 1], 'NAME') || has(tokens[i + 1], 'CHILD')) && /^(:|=|->)$/.test(tokens[i + 2]?.norm ?? '') ? 1 : 0;
  const label = /^(:|=|->)$/.test(tokens[i + 1 + named]?.norm ?? '');
  const lies = tokens.slice(i + 1, i + 5).findIndex((x) => /^(ligt|ligt bij|blijft|is|wordt|leggen|leg|legt)$/.test(x.norm));
  if (!label && lies < 0) return;
  const from = label ? i + 2 + named : i + 1 + lies;
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!;
    if (!usable[k]) return;
    if (t.punct && t.norm !== ',') return;
    // where the decision lies is someone else's call
    if (has(t, 'AUTHORITY') || has(t, 'WB') || has(t, 'OTHER')) return;
    if (has(t, 'PLACE') || has(t, 'HOME') || has(t, 'NETWORK') || has(t, 'RELATIVE') || t.norm === 'opgroeien') {
      hits.push(span(f, i, k, 'plaatsing'));
      return;
    }
  }
}

/** School types outside the regular track; going there is a choice of school, not a daily habit. */
const SPECIAL_SCHOOL = /^(speciaal onderwijs|praktijkonderwijs|praktijkschool|sbo|so|vso|isk|schakelklas|plusklas|.+onderwijs)$/;

/** "Sara gaat naar het speciaal onderwijs": a child going to a special school type (a when is not needed). */
function specialSchool(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  const dest = nextContent(tokens, i + 1, 3, (x) => has(x, 'SCHOOLING'));
  if (dest === null || !f.usable[dest] || !SPECIAL_SCHOOL.test(tokens[dest]!.norm)) return;
  const c = clauseTokens(f, i);
  const go = c.find((x) => /^(gaat|gaan)$/.test(x.norm));
  if (!go || go === c.find((x) => !x.punct) || tokens.indexOf(go) > i || !PLAIN(c) || !childSubject(c, go)) return;
  hits.push(span(f, tokens.indexOf(go), dest, 'casusbesluit'));
}

/** "als vader weer slaat dan aangifte", "bij terugval dan uhp": a condition whose outcome is a step, written bare. */
function thenStep(f: Frames, i: number, hits: Hit[]) {
  const { tokens, usable } = f;
  if (!tokens.slice(0, i).some((x) => has(x, 'COND') || x.norm === 'bij')) return;
  const o = nextContent(tokens, i + 1, 2, (x) => isObject(x) && !has(x, 'CASE') && !has(x, 'OTHER_CASE') && !has(x, 'MEETING'));
  if (o === null || !usable[o]) return;
  const rest = tokens.slice(o + 1).filter((x) => !x.punct);
  // a bare outcome: nothing after it that makes it a sentence of its own ("dan omgang met vader" is fine)
  if (rest.some((x) => isAction(x) || has(x, 'AUX') || has(x, 'VOLITION'))) return;
  const reason = reasonOf(tokens[o]!);
  if (!reason) return;
  const h = span(f, i, o, reason);
  h.form = 'voorwaardelijk';
  hits.push(h);
}

/** "Demi vanaf mei bij tante", "K2 per direct bij opa en oma": a child, a when, where to, and no verb. */
function verblessMove(f: Frames, i: number, hits: Hit[]) {
  const { tokens, usable } = f;
  const c = clauseTokens(f, i);
  if (c.some((x) => isAction(x) || has(x, 'AUX') || has(x, 'STATE') || has(x, 'VOLITION') || has(x, 'CONTACT') || has(x, 'HELP'))) return;
  if (!c.some((x) => has(x, 'FUTURE_TIME')) || !PLAIN(c)) return;
  const first = c.find((x) => !x.punct);
  if (!first || !(has(first, 'NAME') || has(first, 'CHILD')) || has(first, 'OTHER')) return;
  const dest = nextContent(tokens, i + 1, 2, (x) => has(x, 'RELATIVE') || has(x, 'PLACE') || has(x, 'NETWORK'));
  if (dest === null || !usable[dest]) return;
  hits.push(span(f, tokens.indexOf(first), dest, 'plaatsing'));
}

/** "we escaleren naar de teamleider", "escaleren naar de raad": the session escalating (not a quarrel that escalates). */
function escalateTo(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  // to whom: "naar de teamleider", "naar de raad" ("we escaleren te snel" is reflection)
  const naar = tokens.slice(i + 1, i + 4).findIndex((x) => x.norm === 'naar');
  const to = naar >= 0 ? nextContent(tokens, i + 2 + naar, 2, (x) => has(x, 'AUTHORITY') || has(x, 'RAAD') || has(x, 'COURT')) : null;
  if (to === null || !f.usable[to] || !PLAIN(clauseTokens(f, i))) return;
  hits.push(span(f, i, to, 'opschalen'));
}

/** "we gaan in (hoger) beroep", "in beroep gaan tegen de beschikking": the session appealing. */
function appeal(f: Frames, i: number, hits: Hit[]) {
  const { tokens } = f;
  if (tokens[i - 1]?.norm !== 'in') return;
  const c = clauseTokens(f, i);
  // "gaan in beroep", "gaan niet in beroep", "in beroep gaan"
  const go = tokens[i + 1]?.norm === 'gaan' ? i + 1 : [i - 2, i - 3].find((k) => k >= 0 && /^(gaan|gaat)$/.test(tokens[k]!.norm) && tokens.slice(k + 1, i - 1).every((x) => x.norm === 'niet' || x.norm === 'we' || x.norm === 'wij')) ?? -1;
  if (go < 0 || !f.usable[go]) return;
  // "we gaan in beroep", or the infinitive at the head of an entry: "in beroep gaan tegen …"
  const us = c.some((x) => has(x, 'US') && x.norm !== 'ons' && x.norm !== 'onze');
  const entry = go === i + 1 && c.filter((x) => !x.punct)[0] === tokens[i - 1];
  if ((!us && !entry) || !PLAIN(c) || c.some((x) => has(x, 'AUX') || has(x, 'OPINION'))) return;
  hits.push(span(f, Math.min(go, i - 1), Math.max(go, i), 'advies-rechter'));
}
