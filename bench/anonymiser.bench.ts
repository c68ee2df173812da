// Benchmark of the anonymiser: lexicon load time, heap after load, throughput over >= 1 MB of case
// text, detect latency on a 5,000-word note, and the scan time of pathological runs without spaces at
// n, 2n and 4n characters (linear time shows as x2 and x4). Prints human-readable lines; never asserts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexiconSources } from '../electron/backend/anonymiser/lexicons';
import { createDetector, type Detector } from '../shared/anonymiser';
import { fmt, samples } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function corpusTexts(): string[] {
  const p = path.resolve(repoRoot, '../shared/corpus/dev.jsonl');
  if (fs.existsSync(p)) {
    return fs
      .readFileSync(p, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  }
  // fallback: a synthetic note so the bench still runs without the corpus
  return [
    'FFPS huisbezoek di 14-05-2024. Aanwezig: mw. El Amrani (moeder), Yassir (7), Nour (4). Vader Karim stond aan de Columbusstraat 44-2 in Utrecht. Bel 06-12345678. BSN 123456782.\n',
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export default async function run(): Promise<void> {
  const sources = loadLexiconSources();
  const rawBytes = Object.values(sources).reduce((a, s) => a + s.length, 0);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const detector = createDetector(sources);
  const loadMs = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`anonymiser: lexicons ${Object.keys(sources).length} files, ${(rawBytes / 1024).toFixed(0)} KiB raw`);
  console.log(`anonymiser: createDetector (parse lexicons) ${loadMs.toFixed(1)} ms`);
  console.log(`anonymiser: heap used after load ${(heapAfter / 1048576).toFixed(1)} MiB (+${((heapAfter - heapBefore) / 1048576).toFixed(1)} MiB for the detector)`);

  const texts = corpusTexts();
  // throughput over >= 1 MB: the corpus texts repeated
  const batch: string[] = [];
  let chars = 0;
  while (chars < 1_200_000) {
    for (const t of texts) {
      batch.push(t);
      chars += t.length;
    }
  }
  for (let i = 0; i < 20; i++) detector.detect(texts[i % texts.length]); // warm-up
  const t1 = performance.now();
  let spans = 0;
  for (const t of batch) spans += detector.detect(t).length;
  const secs = (performance.now() - t1) / 1000;
  console.log(`anonymiser: throughput ${Math.round(chars / secs).toLocaleString('en-US')} chars/s over ${(chars / 1e6).toFixed(2)} M chars (${spans} spans, ${batch.length} docs)`);

  // one 5,000-word note
  let note = '';
  let words = 0;
  for (let i = 0; words < 5000; i++) {
    const t = texts[i % texts.length];
    note += t + '\n\n';
    words += t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  }
  const times: number[] = [];
  for (let i = 0; i < 5; i++) detector.detect(note);
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    detector.detect(note);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(`anonymiser: detect on a ${words}-word note (${note.length.toLocaleString('en-US')} chars): median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms over 50 runs`);

  await pathological(detector);
}

/** Long runs without spaces, which once made regexes backtrack (structured.test.ts checks their results). */
const PATHOLOGICAL: Array<[string, (chars: number) => string]> = [
  ['hyphen chain', (chars) => 'A-'.repeat(chars / 2)],
  ['letters without spaces', (chars) => 'a'.repeat(chars) + '@'],
  ['digits', (chars) => '1'.repeat(chars)],
  ['dotted capitals', (chars) => 'A.'.repeat(chars / 2)],
];

async function pathological(detector: Detector): Promise<void> {
  const n = 50_000;
  for (const [name, make] of PATHOLOGICAL) {
    const ms: number[] = [];
    for (const factor of [1, 2, 4]) {
      const text = make(n * factor);
      detector.detect(text); // warm-up
      ms.push((await samples(7, () => detector.detect(text))).min);
    }
    console.log(
      `anonymiser: ${name}: n=${n.toLocaleString('en-US')} chars ${fmt(ms[0])}, 2n ${fmt(ms[1])} (x${(ms[1] / ms[0]).toFixed(1)}), 4n ${fmt(ms[2])} (x${(ms[2] / ms[0]).toFixed(1)}) (fastest of 7 runs)`,
    );
  }
}
