// Benchmark of the search area: 50,000 generated documents of realistic length (case notes, canvases,
// reflections, FFPS notes), indexed through the rebuild path; then typical queries through the API
// (dispatch: validation, the service, snippets, the Result) side by side with the same SQL statements
// (per kind its newest matches, then the documents of the hits) run raw on the same database in the same
// run, taking turns sample by sample, and a count of every match for scale. The text mixes sentences of the development corpora (case notes,
// reports) with sentences in the vocabulary of bijeenkomsten and reflections.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend';
import { DB_FILE } from '../electron/backend/core/db';
import type { SearchDoc } from '../electron/backend/search';
import { SearchRepository, ftsTable, periodRowids } from '../electron/backend/search/repository';
import { COUNT_ROWS } from '../electron/backend/search/service';
import { parseQuery } from '../shared/search/query';
import { SEARCH_KINDS, SEARCH_LIMIT_DEFAULT, type SearchKind } from '../shared/search/types';
import { fmt, percentile, samples, time } from './stats';

const DOCS = Number(process.env.SEARCH_BENCH_DOCS ?? 50_000);

/** A small deterministic generator (mulberry32), so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['Moeder', 'Vader', 'De jongen (14)', 'Het meisje', 'Oma', 'De grootouders', 'De gezinsvoogd', 'De school', 'De stiefvader', 'K1', 'De pleegouders', 'Het netwerk'];
const VERBS = ['vertelt dat', 'maakt zich zorgen omdat', 'geeft aan dat', 'is boos omdat', 'begrijpt niet waarom', 'wil graag dat', 'twijfelt of', 'merkt op dat'];
const OBJECTS = [
  'de omgangsregeling niet wordt nagekomen', 'de grootoudersregeling opnieuw besproken moet worden', 'het contact met vader onder druk staat',
  'de veiligheidsafspraken thuis beter werken', 'de jongen vaak te laat op school komt', 'er ruzie is over de zorgverdeling',
  'de loyaliteit van het kind tussen beide ouders klem zit', 'de hulpverlening te snel wil beëindigen', 'de ondertoezichtstelling voorlopig doorloopt',
  'het huisbezoek anders verliep dan gepland', 'de spanning in huis oploopt rond de weekenden', 'de afspraken met het wijkteam onduidelijk zijn',
  'er meer steun uit het netwerk nodig is', 'de jeugdbeschermingstafel een nieuwe afspraak maakt', 'de slaapkamer te klein is voor drie kinderen',
  'de financiële zorgen het gezin belasten', 'het kind zich terugtrekt na een bezoek', 'de bezoekregeling met de pleegouders schuurt',
];
const REFLECT = [
  'Ik merk dat ik snel invul wat een ouder bedoelt.', 'Technisch-instrumenteel: ik vroeg meer door naar de feiten.', 'Normatief: ik twijfelde of ik te veel stuurde.',
  'Persoonlijk: de boosheid van vader raakte me.', 'Ik wil volgende keer eerder stilstaan bij wat goed gaat.', 'In de werkbegeleiding neem ik mee hoe ik de regie houd.',
  'Ik zag hoe belangrijk het is om beide ouders te horen.', 'Ik vond het lastig om het gesprek te beëindigen zonder afspraak.',
];
const TIME = ['In het voorjaar', 'Drie maanden geleden', 'Vorige week', 'Sinds de zomer', 'Na de kerstvakantie', 'Begin dit jaar'];

/** Sentences of the development corpora next to this repository (../shared/corpus), when present. */
function corpusSentences(): string[] {
  const dir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
  const out: string[] = [];
  for (const f of ['dev.jsonl', 'reports.jsonl']) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, 'utf8').split('\n').filter(Boolean)) {
      const t = (JSON.parse(line) as { text: string }).text;
      out.push(...t.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter((x) => x.length > 20));
    }
  }
  return out;
}
const CORPUS = corpusSentences();

function text(r: () => number, minChars: number, maxChars: number, reflective: boolean): string {
  const target = minChars + Math.floor(r() * (maxChars - minChars));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  let out = '';
  while (out.length < target) {
    const x = r();
    if (CORPUS.length && x < 0.6) out += `${pick(CORPUS)} `;
    else out += reflective && x < 0.85 ? `${pick(REFLECT)} ` : `${r() < 0.3 ? `${pick(TIME)} ` : ''}${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${pick(OBJECTS)}. `;
    if (r() < 0.15) out += '\n';
  }
  return out.trim();
}

const KINDS: Array<{ kind: SearchKind; share: number; len: [number, number]; reflective: boolean; withCase: boolean }> = [
  { kind: 'case', share: 0.25, len: [600, 3000], reflective: false, withCase: true },
  { kind: 'session', share: 0.3, len: [400, 1600], reflective: false, withCase: true },
  { kind: 'reflection', share: 0.3, len: [300, 1200], reflective: true, withCase: false },
  { kind: 'ffps-note', share: 0.15, len: [500, 2000], reflective: false, withCase: true },
];

export function* generate(n: number): Generator<SearchDoc> {
  const r = rng(42);
  const groups = Array.from({ length: 20 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  for (let i = 0; i < n; i++) {
    let x = r();
    const k = KINDS.find((k) => (x -= k.share) < 0) ?? KINDS[0];
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
    yield {
      kind: k.kind,
      refId: `bench-${i}`,
      caseId: k.withCase ? `case-${i % 4000}` : null,
      groupId: groups[i % groups.length],
      date: day,
      title: `${k.kind} ${i}`,
      body: text(r, k.len[0], k.len[1], k.reflective),
    };
  }
}

const QUERIES = ['omgang', 'grootouders', 'loyaliteit', 'beeindigen', 'vader boos', 'huisbezoek weekenden', 'werkbegeleiding regie', 'slaapkamer', 'jeugdbeschermingstafel'];

export default async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-bench-search-'));
  const backend = createBackend({ dataDir: dir, shell: 'web' });
  try {
    const { search } = backend.services;
    let chars = 0;
    search.register({
      name: 'bench',
      kinds: ['case', 'session', 'reflection', 'ffps-note'],
      count: () => DOCS,
      *all() {
        for (const d of generate(DOCS)) {
          chars += d.body.length;
          yield [d];
        }
      },
    });
    const [status, buildMs] = time(() => search.rebuild());
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    const size = fs.statSync(path.join(dir, DB_FILE)).size;
    console.log(`corpus sentences mixed in: ${CORPUS.length}`);
    console.log(`documents: ${status.documents} (${DOCS} generated, ${(chars / DOCS).toFixed(0)} chars on average, ${(chars / 1e6).toFixed(1)} MB of text)`);
    console.log(`index build (rebuild: documents + FTS5 'rebuild', one transaction): ${(buildMs / 1000).toFixed(1)} s; database size ${(size / 1e6).toFixed(1)} MB`);

    // Writes: one document replaced inside its own transaction (what a canvas autosave adds).
    const put = await samples(50, () =>
      backend.db.transaction(() => search.replace('session', 'bench-1', [{ kind: 'session', refId: 'bench-1', date: '2025-01-01', title: 'x', body: text(rng(Math.random() * 1e9), 800, 1200, false) }]))(),
    );
    console.log(`one document replaced in a transaction: median ${fmt(put.median)}, p95 ${fmt(put.p95)}`);
    // Removals delete securely (the text leaves the index's pages at once): what deleting an item costs.
    let n = 0;
    const removed = await samples(20, () =>
      backend.db.transaction(() => {
        const id = `bench-remove-${n++}`;
        search.replace('session', id, [{ kind: 'session', refId: id, date: '2025-01-01', title: 'x', body: text(rng(n), 800, 1200, false) }]);
        search.remove('session', id);
      })(),
    );
    console.log(`one document added and removed securely in a transaction: median ${fmt(removed.median)}, p95 ${fmt(removed.p95)}`);

    // The same statements the repository runs: per kind its newest COUNT_ROWS matches, then the texts
    // of the newest match of the first SEARCH_LIMIT_DEFAULT items.
    const perKind = SEARCH_KINDS.map((k) => backend.db.prepare(SearchRepository.newestSql(k)));
    const docs = backend.db.prepare(SearchRepository.docsSql);
    const rawQuery = (match: string) => {
      const rids: number[] = [];
      for (const st of perKind) {
        const rows = st.all({ match, groupId: null, owner: null, from: null, to: null, ...periodRowids(null, null), rows: COUNT_ROWS }) as Array<{ rid: number; ref_id: string }>;
        const seen = new Set<string>();
        for (const r of rows) if (!seen.has(r.ref_id) && seen.add(r.ref_id) && seen.size <= SEARCH_LIMIT_DEFAULT) rids.push(r.rid);
      }
      return docs.all(JSON.stringify(rids));
    };
    // For scale: every match counted, over every kind's index (what a full count would cost).
    const counts = SEARCH_KINDS.map((k) => backend.db.prepare(`SELECT count(*) AS n FROM ${ftsTable(k)} WHERE ${ftsTable(k)} MATCH ?`));
    const bare = { get: (match: string) => ({ n: counts.reduce((n, st) => n + (st.get(match) as { n: number }).n, 0) }) };

    const N = 40;
    const rows: string[] = [];
    const api = async (text: string) => {
      const r = await backend.dispatch('search.query', { text });
      if (!r.ok) throw new Error(r.error.code);
    };
    // The two paths take turns, sample by sample: the machine is shared, and a burst of someone else's
    // work then lands on both rather than on whichever ran during it.
    const paired = async (n: number, texts: readonly string[]) => {
      const ms = { api: [] as number[], raw: [] as number[] };
      for (let i = 0; i < n; i++) {
        const text = texts[i % texts.length];
        const match = parseQuery(text).match;
        const order = i % 2 ? (['raw', 'api'] as const) : (['api', 'raw'] as const);
        for (const path of order) {
          const t0 = performance.now();
          if (path === 'api') await api(text);
          else rawQuery(match);
          ms[path].push(performance.now() - t0);
        }
      }
      const stat = (xs: number[]) => {
        xs.sort((a, b) => a - b);
        return { median: percentile(xs, 50), p95: percentile(xs, 95) };
      };
      return { api: stat(ms.api), raw: stat(ms.raw) };
    };
    for (const text of QUERIES) {
      const match = parseQuery(text).match;
      const matches = (bare.get(match) as { n: number }).n;
      // Warm both paths once.
      await api(text);
      rawQuery(match);
      const { api: a, raw } = await paired(N, [text]);
      const count = await samples(N, () => bare.get(match));
      rows.push(`| ${text} | ${matches} | ${fmt(a.median)} / ${fmt(a.p95)} | ${fmt(raw.median)} / ${fmt(raw.p95)} | ${(a.median / raw.median).toFixed(2)}× | ${fmt(count.median)} |`);
    }
    const shown = await backend.dispatch('search.query', { text: 'omgang' });
    if (shown.ok) console.log(`totals for "omgang": ${(shown.value as { groups: Array<{ kind: string; total: number; capped: boolean }> }).groups.map((g) => `${g.kind} ${g.capped ? 'at least ' : ''}${g.total}`).join(', ')}`);
    console.log('\n| query | matching docs | API p50 / p95 | same SQL raw p50 / p95 | API ÷ raw (p50) | count of every match p50 |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);

    // All queries together, as one distribution per path.
    const mixed = await paired(QUERIES.length * N, QUERIES);
    console.log(
      `\nall queries mixed: API p50 ${fmt(mixed.api.median)}, p95 ${fmt(mixed.api.p95)}; raw p50 ${fmt(mixed.raw.median)}, p95 ${fmt(mixed.raw.p95)}; ` +
        `ratio p50 ${(mixed.api.median / mixed.raw.median).toFixed(2)}×, p95 ${(mixed.api.p95 / mixed.raw.p95).toFixed(2)}×`,
    );
    console.log(`page cache: ${-(backend.db.pragma('cache_size', { simple: true }) as number)} KiB; process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    const short = await samples(N, () => backend.dispatch('search.query', { text: 'om' }));
    console.log(`a query under three characters (answered without searching): p50 ${fmt(short.median)}`);
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
