/**
 * The session deciding, in so many words: "we besluiten", "besluiten we", "het team heeft het besluit
 * genomen", a decision label ("besluit:", "Besluit van de groep:", "besloten dat …") — silent when what
 * is decided is the session itself ("besluit: volgende MLB op 14 mei"). And the session standing
 * behind a case decision: "staat vast", "de groep is akkoord", "…, punt.".
 */
import { OBJECT_TAGS, has } from './context';
import { DEFINITE, type Frames, type Hit, STRONG_LABELS, isTopic, reasonOf, sessionTalk, span } from './frame-kit';
import type { Token } from './tokens';

export function deciding(f: Frames, hits: Hit[], caseHits: boolean) {
  const { tokens, usable } = f;
  const own: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i]) continue;
    const t = tokens[i]!;
    // "we nemen het besluit", "het team heeft het besluit genomen" — not "het besluit van de rechter"
    if (/^(besluit|beslissing)$/.test(t.norm) && tokens[i + 1]?.norm !== 'van') {
      const take = [i - 2, i - 1, i + 1].find((k) => k >= 0 && has(tokens[k], 'A_TAKE'));
      const us = take !== undefined ? nearestUs(f, take) : null;
      if (take !== undefined && us !== null) {
        own.push(span(f, Math.min(us, i), Math.max(take, i), 'besluit'));
        continue;
      }
    }
    // "we besluiten", "besluiten we", "het team heeft besloten", "we gaan voor …"
    if (has(t, 'A_DECIDE') && !DEFINITE.has(tokens[i - 1]?.norm ?? '') && /^(besluiten|besluit|beslissen|beslis|beslist|besloten|kiezen|kies|kiest|gekozen|gaan voor|gaat voor|afspreken|vastleggen)$/.test(t.norm)) {
      // "we besluiten (vandaag) niets", "niks besloten": the session saying it decides nothing (not "geen …": a decision not to act)
      const nothing = tokens.slice(Math.max(0, i - 1), i + 4).some((x) => /^(niets|niks)$/.test(x.norm));
      // "ik kies te snel partij voor moeder", "de kant van het kind kiezen": taking sides, not deciding
      if (tokens.slice(Math.max(0, i - 3), i + 5).some((x) => x.norm === 'partij' || x.norm === 'kant')) continue;
      const us = nothing ? null : nearestUs(f, i);
      if (us !== null) {
        own.push(span(f, Math.min(us, i), Math.max(us, i), 'besluit'));
        continue;
      }
    }
    // A label: "besluit:", "Besluit van de groep:", "besloten dat …", "afgesproken: …"
    if (STRONG_LABELS.has(t.norm) && labelAt(tokens, i) !== null) {
      const end = labelAt(tokens, i)!;
      const content = tokens.slice(end + 1).filter((x) => !x.punct);
      if (tokens[i + 1]?.norm === 'van' && has(tokens.slice(i + 2, end).find((x) => !has(x, 'DET')), 'AUTHORITY')) continue;
      if (content.length > 0 && (caseHits || content.some(isParticipant))) own.push(span(f, i, end, 'besluit'));
    }
  }
  // An adopted suggestion as the label: "idee van Petra overgenomen: …", "tip aangenomen: …" — the group made it its own
  const colon = tokens.findIndex((t) => t.norm === ':');
  if (colon > 0 && colon <= 7 && tokens.slice(0, colon).some((t) => has(t, 'ADOPT'))) {
    const content = tokens.slice(colon + 1).filter((x) => !x.punct);
    const adopted = tokens.slice(0, colon).findIndex((t) => has(t, 'ADOPT'));
    if (content.length > 0 && usable[colon + 1 + tokens.slice(colon + 1).findIndex((x) => !x.punct)] && (caseHits || content.some(isParticipant))) own.push(span(f, adopted, colon - 1, 'besluit'));
  }
  if (own.length === 0) return;
  // What the session decides about itself is no case decision: "besluit: volgende MLB op 14 mei".
  if (!caseHits && sessionTalk(f)) return;
  for (const h of own) hits.push(h);
}


/** we/wij/ik/het team within a few words, in a usable clause. */
function nearestUs(f: Frames, i: number): number | null {
  for (const d of [1, -1, 2, -2, 3, -3, -4, -5]) {
    const k = i + d;
    // "het team van de GI neemt het besluit": a team of someone else is not this session
    if (k >= 0 && k < f.tokens.length && f.usable[k] && has(f.tokens[k], 'US') && f.tokens[k]!.norm !== 'ons' && f.tokens[k]!.norm !== 'onze' && f.tokens[k + 1]?.norm !== 'van') return k;
  }
  return null;
}

/**
 * The end of a decision label that starts at i: the ":" of "besluit:", "Besluit van de groep:",
 * "besluit groep:", or the word itself before "dat"/"tot"/"om" ("besloten dat …").
 */
function labelAt(tokens: readonly Token[], i: number): number | null {
  const first = tokens.findIndex((t) => !t.punct);
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!;
    if (t.norm === ':' || t.norm === '->') return i === first || i <= first + 1 ? k : null;
    if (!(has(t, 'US') || has(t, 'DET') || t.norm === 'van')) break;
  }
  const next = tokens[i + 1]?.norm;
  if (/^(besloten|afgesproken|vastgesteld)$/.test(tokens[i]!.norm) && (next === 'dat' || next === 'tot' || next === 'om')) return i;
  return null;
}

/** Someone or something of the case: a child, a parent, a name, an object. */
function isParticipant(t: Token): boolean {
  return has(t, 'CHILD') || has(t, 'RELATIVE') || has(t, 'NAME') || has(t, 'CASEHOLDER') || OBJECT_TAGS.some((tag) => t.tags.has(tag));
}

export function endorsed(f: Frames, hits: Hit[]) {
  const { tokens, usable } = f;
  const words = tokens.filter((t) => !t.punct);
  const last = words[words.length - 1];
  let marker = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!usable[i] || !has(t, 'ENDORSE')) continue;
    if (t.norm === 'akkoord' && !tokens.slice(Math.max(0, i - 3), i).some((x) => has(x, 'US'))) continue;
    if ((t.norm === 'punt' || t.norm === 'klaar' || t.norm === 'vast') && t !== last) continue;
    marker = i;
  }
  if (marker < 0 || hits.length > 0) return;
  for (let o = 0; o < tokens.length; o++) {
    const r = usable[o] ? reasonOf(tokens[o]!) : null;
    if (r && !isTopic(tokens, o)) {
      hits.push(span(f, o, o, r));
      return;
    }
  }
}
