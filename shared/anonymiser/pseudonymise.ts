// Grouping of mentions into entities and consistent pseudonymisation.
import { normaliseName } from './normalise';
import type { Label, Span } from './types';

export interface Mention {
  start: number;
  end: number;
  /** the surface text of the mention (without a possessive 's, which stays outside the span) */
  text: string;
}

/** One identified person/place/number etc. with all its mentions in the text. */
export interface Entity {
  /** stable within one call: label + index, e.g. "PERSOON-1" */
  id: string;
  label: Label;
  /** the longest surface form, for display */
  display: string;
  /** distinct surface forms as they occur ("Fatima", "fatima", "El Amrani") */
  forms: string[];
  mentions: Mention[];
  /** suggested replacement: "Persoon A", "[adres]", "[datum]", "[school]", ... */
  suggestion: string;
}

/** What the reviewer decided for one entity. */
export interface Decision {
  entityId: string;
  /** "replace": every mention becomes `replacement`; "ignore": "geen identificatie", left as is */
  action: 'replace' | 'ignore';
  replacement: string;
  mentions: ReadonlyArray<{ start: number; end: number }>;
}

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'el', 'al', 'ben', 'bin', 'bou', 'abu', 'da', 'dos', 'do', 'du', 'la', 'le', 'in', 'op', 'von']);

function nameKeyTokens(surface: string): string[] {
  const n = normaliseName(surface).replace(/[.]/g, ' ');
  const out: string[] = [];
  for (const tk of n.split(/[\s]+/)) {
    if (!tk || PARTICLES.has(tk) || tk.length === 1) continue;
    out.push(tk);
  }
  return out;
}

/** 0 → "A", 25 → "Z", 26 → "AA": the letters of "Persoon A", "Persoon B", … */
export function letterName(i: number): string {
  let s = '';
  let k = i;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

const SCHOOLISH = /school|college|lyceum|gymnasium|\bobs\b|\bcbs\b|\bikc\b|scholen|\broc\b|\bisk\b|peuterspeelzaal|kinderopvang|\bkdv\b|\bbso\b|kinderdagverblijf/i;

function suggestionFor(label: Label, display: string, personIndex: number, before = ''): string {
  switch (label) {
    case 'PERSOON':
      return `Persoon ${letterName(personIndex)}`;
    case 'LOCATIE':
      return /\d/.test(display) ? '[adres]' : '[plaats]';
    case 'POSTCODE':
      return '[postcode]';
    case 'TELEFOON':
      return '[telefoonnummer]';
    case 'EMAIL':
      return '[e-mailadres]';
    case 'BSN':
      return '[BSN]';
    case 'DATUM':
      return '[datum]';
    case 'INSTELLING':
      return SCHOOLISH.test(display) || SCHOOLISH.test(before) ? '[school]' : '[instelling]';
    case 'ID':
      return '[nummer]';
  }
}

/**
 * Groups spans into entities so that the same person gets the same pseudonym across surface forms:
 * "Fatima", "fatima", "Fatima's" and "El Amrani" join "Fatima El Amrani" when that full name occurs
 * (a part joins a full name only when exactly one full name in the text contains it).
 */
export function groupMentions(text: string, spans: readonly Span[]): Entity[] {
  interface Group {
    label: Label;
    keys: string[];
    mentions: Mention[];
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const persons: Array<{ toks: string[]; mention: Mention }> = [];
  for (const s of spans) {
    const m: Mention = { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
    if (s.label === 'PERSOON') {
      const toks = nameKeyTokens(m.text);
      persons.push({ toks: toks.length ? toks : [normaliseName(m.text)], mention: m });
      continue;
    }
    const key = `${s.label}\u0000${normaliseName(m.text)}`;
    let g = byKey.get(key);
    if (!g) {
      g = { label: s.label, keys: [key], mentions: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
  }
  // persons: longest token sets first
  const distinct = new Map<string, string[]>();
  for (const p of persons) distinct.set(p.toks.join(' '), p.toks);
  const keys = [...distinct.values()].sort((a, b) => b.length - a.length);
  const groupOf = new Map<string, Group>();
  const full: Array<{ set: Set<string>; g: Group }> = [];
  for (const toks of keys) {
    const key = toks.join(' ');
    const containing = full.filter((f) => toks.every((t) => f.set.has(t)));
    const distinctGroups = new Set(containing.map((f) => f.g));
    let g: Group;
    if (distinctGroups.size === 1) g = containing[0].g;
    else {
      g = { label: 'PERSOON', keys: [key], mentions: [] };
      groups.push(g);
    }
    groupOf.set(key, g);
    if (toks.length > 1 || distinctGroups.size !== 1) full.push({ set: new Set(toks), g });
  }
  for (const p of persons) groupOf.get(p.toks.join(' '))!.mentions.push(p.mention);
  // order entities by first mention
  const nonEmpty = groups.filter((g) => g.mentions.length > 0);
  for (const g of nonEmpty) g.mentions.sort((a, b) => a.start - b.start);
  nonEmpty.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  let personIndex = 0;
  const counters = new Map<Label, number>();
  return nonEmpty.map((g) => {
    const forms = [...new Set(g.mentions.map((m) => m.text))];
    const display = forms.reduce((a, b) => (b.length > a.length ? b : a), '');
    const n = (counters.get(g.label) ?? 0) + 1;
    counters.set(g.label, n);
    const first = g.mentions[0];
    const suggestion = suggestionFor(g.label, display, personIndex, text.slice(Math.max(0, first.start - 25), first.start));
    if (g.label === 'PERSOON') personIndex++;
    return { id: `${g.label}-${n}`, label: g.label, display, forms, mentions: g.mentions, suggestion };
  });
}

/** The default decisions for a review UI: replace every entity by its suggestion. */
export function suggestDecisions(entities: readonly Entity[]): Decision[] {
  return entities.map((e) => ({ entityId: e.id, action: 'replace', replacement: e.suggestion, mentions: e.mentions }));
}

/**
 * Applies the decisions: every mention of a "replace" decision becomes its replacement. A possessive
 * stays outside the span and so survives ("Fatima's" → "Persoon A's"). Overlapping mentions are skipped.
 */
export function pseudonymise(text: string, decisions: readonly Decision[]): string {
  const edits: Array<{ start: number; end: number; rep: string }> = [];
  for (const d of decisions) {
    if (d.action !== 'replace') continue;
    for (const m of d.mentions) edits.push({ start: m.start, end: m.end, rep: d.replacement });
  }
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.rep;
    pos = e.end;
  }
  return out + text.slice(pos);
}
