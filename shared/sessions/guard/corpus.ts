/**
 * Scoring the decision guard on a labelled phrase corpus (../shared/guard-corpus/phrases.jsonl, see its
 * README): the split into a tuning part and a held-out part, and the figures the README asks for.
 * Pure functions over parsed rows, so the eval script and the dev-corpus test share them; reading the
 * file is left to the caller (shared/ uses no Node built-ins).
 */

export const FIRE_CATEGORIES = [
  'maatregel', 'omgang', 'plaatsing', 'hulpverlening', 'verzoek-raad', 'advies-rechter', 'melding',
  'zaak-sluiten', 'overig-casusbesluit', 'opschalen', 'directief', 'negatief-besluit', 'voorwaardelijk-besluit',
] as const;
export const NO_FIRE_CATEGORIES = [
  'feit-verleden', 'leertaal', 'vraag', 'sessie-besluit', 'feit-actueel', 'reflectie', 'citaat', 'weging',
  'methode', 'hypothese', 'leeropbrengst', 'negatie', 'besluit-elders',
] as const;

/** The README's "obvious keyword" matcher; the keyword-free subsets are defined by it. */
export const CORPUS_KEYWORDS = /\b(besl\w*|besluit\w*|ots|vots|uhp|muhp|maatregel\w*|verzoek\w*|afspra\w*|afgesproken)\b|ots-|uhp-/i;

export interface CorpusRow {
  id: string;
  text: string;
  fire: boolean;
  category: string;
  where: string;
  borderline: boolean;
  why: string;
}

export type Part = 'held-out' | 'tuning';

/** FNV-1a (32 bit) of the id: stable across runs and machines, blind to the text and the label. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** About 30% of the ids are held out; the guard is never tuned on them. */
export const HELD_OUT_PERCENT = 30;
export function partOf(id: string): Part {
  return fnv1a(id) % 100 < HELD_OUT_PERCENT ? 'held-out' : 'tuning';
}

export function parseCorpus(jsonl: string): CorpusRow[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  p: number;
  r: number;
  f1: number;
  f2: number;
  fpr: number;
}

export function score(rows: readonly CorpusRow[], fires: (row: CorpusRow) => boolean): Score {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const row of rows) {
    const pred = fires(row);
    if (pred && row.fire) tp++;
    else if (pred) fp++;
    else if (row.fire) fn++;
    else tn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const fb = (beta: number) => (p + r ? ((1 + beta * beta) * p * r) / (beta * beta * p + r) : 0);
  return { tp, fp, fn, tn, p, r, f1: fb(1), f2: fb(2), fpr: fp + tn ? fp / (fp + tn) : 0 };
}

export const fmtScore = (s: Score) =>
  `P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)} F2=${s.f2.toFixed(3)} FPR=${s.fpr.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`;

export interface Report {
  all: Score;
  clear: Score;
  borderline: Score;
  /** Recall on fire lines without a keyword, and the false-positive rate on no-fire lines with one. */
  keywordFree: { recall: number; fire: number; hit: number };
  keywordBait: { fpr: number; noFire: number; hit: number };
  /** Per category: how many lines, and on how many the guard fired (recall or false-positive rate). */
  perCategory: Array<{ category: string; fire: boolean; n: number; fired: number }>;
}

export function report(rows: readonly CorpusRow[], fires: (row: CorpusRow) => boolean): Report {
  const predicted = new Map(rows.map((r) => [r.id, fires(r)] as const));
  const pred = (r: CorpusRow) => predicted.get(r.id) === true;
  const kwFree = rows.filter((r) => r.fire && !CORPUS_KEYWORDS.test(r.text));
  const kwBait = rows.filter((r) => !r.fire && CORPUS_KEYWORDS.test(r.text));
  const kwFreeHit = kwFree.filter(pred).length;
  const kwBaitHit = kwBait.filter(pred).length;
  const perCategory = [...FIRE_CATEGORIES, ...NO_FIRE_CATEGORIES].map((category) => {
    const inCat = rows.filter((r) => r.category === category);
    return { category, fire: (FIRE_CATEGORIES as readonly string[]).includes(category), n: inCat.length, fired: inCat.filter(pred).length };
  });
  return {
    all: score(rows, pred),
    clear: score(rows.filter((r) => !r.borderline), pred),
    borderline: score(rows.filter((r) => r.borderline), pred),
    keywordFree: { recall: kwFree.length ? kwFreeHit / kwFree.length : 0, fire: kwFree.length, hit: kwFreeHit },
    keywordBait: { fpr: kwBait.length ? kwBaitHit / kwBait.length : 0, noFire: kwBait.length, hit: kwBaitHit },
    perCategory,
  };
}

export function formatReport(title: string, rep: Report): string {
  const lines = [`== ${title}`];
  lines.push(`  all        ${fmtScore(rep.all)}`);
  lines.push(`  clear      ${fmtScore(rep.clear)}`);
  lines.push(`  borderline ${fmtScore(rep.borderline)}`);
  lines.push(`  keyword-free fire lines: recall ${rep.keywordFree.recall.toFixed(3)} (${rep.keywordFree.hit}/${rep.keywordFree.fire})`);
  lines.push(`  keyword no-fire lines:   FPR ${rep.keywordBait.fpr.toFixed(3)} (${rep.keywordBait.hit}/${rep.keywordBait.noFire})`);
  lines.push('  category                 fire    n  fired  rate');
  for (const c of rep.perCategory) {
    const rate = c.n ? (c.fired / c.n).toFixed(2) : ' n/a';
    const label = c.fire ? 'recall' : 'FPR';
    lines.push(`  ${c.category.padEnd(24)} ${String(c.fire).padEnd(5)} ${String(c.n).padStart(4)} ${String(c.fired).padStart(6)}  ${rate} ${label}`);
  }
  return lines.join('\n');
}
