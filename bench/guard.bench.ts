// Benchmark of the decision guard (shared/sessions/guard/), which runs on every keystroke in the canvas.
// A canvas of 2,000 words in varied sentences (built here from word lists, not from any corpus) is typed
// into: each keystroke calls findDecisionLanguage on the whole text, as the renderer would on one long
// field. Reported: time per keystroke (p50/p95) when typing at the end and when editing in the middle,
// the first reading of the whole canvas (nothing remembered yet), and time at 2x and 4x the canvas.
// Each typing run is repeated on fresh canvases and the median per keystroke is kept, so a moment of
// CPU contention on a shared machine does not pass for the guard's own time (the load is printed).
// Prints figures; never asserts (guard.test.ts checks results).
import os from 'node:os';
import { clearGuardCache, findDecisionLanguage } from '../shared/sessions/guard';
import { fmt, percentile } from './stats';

const WHO = ['moeder', 'vader', 'oma', 'de mentor', 'K1', 'K2', 'de pleegmoeder', 'tante', 'de jeugdarts', 'opa'];
const DOES = ['vertelt dat', 'merkt op dat', 'zegt dat', 'ziet dat', 'maakt zich zorgen omdat', 'is blij dat', 'twijfelt of'];
const WHAT = [
  'het thuis rustiger is sinds de zomer',
  'K1 slecht slaapt na een bezoek',
  'de school tevreden is over de inzet',
  'er weer ruzie was in het weekend',
  'de afspraken over bedtijd beter lukken',
  'het netwerk rond het gezin klein is',
  'de hulp van het wijkteam goed aansluit',
  'de kinderen graag naar de sportclub gaan',
];
const PLANS = [
  'We besluiten een OTS aan te vragen.',
  'Omgang met vader voorlopig alleen onder begeleiding.',
  'Idee voor werkbegeleiding: een netwerkberaad organiseren.',
  'Is een melding bij Veilig Thuis nodig?',
];

/** A canvas of about `words` words; the numbers make sentences differ, as a real canvas does. */
function canvas(words: number, variant = 0): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = i % 9 === 8 ? PLANS[(i / 9) % PLANS.length | 0]! : `${cap(WHO[i % WHO.length]!)} ${DOES[i % DOES.length]!} ${WHAT[(i * 3) % WHAT.length]!} (${variant}.${i + 1}).`;
    out.push(s);
    n += s.split(/\s+/).length;
  }
  return out.join(' ');
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function stats(ms: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! };
}

/** The same typing on `runs` fresh canvases (nothing remembered of the typed sentence); the median per keystroke. */
function typing(runs: number, words: number, at: (text: string) => number, typed: string): number[] {
  const perRun: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const text = canvas(words, r + 1);
    findDecisionLanguage(text); // the canvas as it stood before typing
    perRun.push(typeInto(text, at(text), typed.replace('K1', `K${r + 1}`)));
  }
  return perRun[0]!.map((_, k) => {
    const at = perRun.map((ms) => ms[k]!).sort((a, b) => a - b);
    return at[at.length >> 1]!;
  });
}

/** Types `typed` into `text` at `at`, one character per keystroke; returns the time of each call. */
function typeInto(text: string, at: number, typed: string): number[] {
  const ms: number[] = [];
  for (let k = 1; k <= typed.length; k++) {
    const next = text.slice(0, at) + typed.slice(0, k) + text.slice(at);
    const t0 = performance.now();
    findDecisionLanguage(next);
    ms.push(performance.now() - t0);
  }
  return ms;
}

export default async function run(): Promise<void> {
  const text = canvas(2_000);
  const words = text.split(/\s+/).length;
  const typed = ' Advies van de groep: terugplaatsing van K1 bij moeder per 1 september, omgang met vader blijft begeleid.';

  // warm-up: compile, fill the word caches, as after the first minutes in a session
  for (let i = 0; i < 3; i++) typeInto(canvas(600), 0, typed.slice(0, 30));

  // The first reading of a canvas just opened: nothing of it remembered (median of 5 canvases).
  const firsts: number[] = [];
  for (let r = 0; r < 5; r++) {
    const fresh = canvas(2_000, 100 + r);
    clearGuardCache();
    const t0 = performance.now();
    findDecisionLanguage(fresh);
    firsts.push(performance.now() - t0);
  }
  const first = stats(firsts).p50;
  console.log(`guard: canvas of ${words.toLocaleString('en-US')} words (${text.length.toLocaleString('en-US')} chars): first reading ${fmt(first)} (nothing remembered; median of 5)`);

  const atEnd = stats(typing(7, 2_000, (t) => t.length, typed));
  console.log(`guard: per keystroke, typing at the end of the canvas: p50 ${fmt(atEnd.p50)}, p95 ${fmt(atEnd.p95)}, max ${fmt(atEnd.max)} over ${typed.length} keystrokes (median of 7 runs each)`);
  const inMiddle = stats(typing(7, 2_000, (t) => t.indexOf('.', t.length / 2) + 1, typed));
  console.log(`guard: per keystroke, editing in the middle:          p50 ${fmt(inMiddle.p50)}, p95 ${fmt(inMiddle.p95)}, max ${fmt(inMiddle.max)} over ${typed.length} keystrokes (median of 7 runs each)`);

  const medians: number[] = [];
  for (const factor of [1, 2, 4]) medians.push(stats(typing(5, 2_000 * factor, (t) => t.length, typed.slice(0, 40))).p50);
  console.log(`guard: per keystroke at 2x and 4x the canvas: x${(medians[1]! / medians[0]!).toFixed(1)}, x${(medians[2]! / medians[0]!).toFixed(1)}`);
  console.log(`guard: machine load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs while measuring`);
}
