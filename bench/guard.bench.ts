// Benchmark of the decision-language guard (shared/sessions/guard.ts), which runs on every keystroke in
// the canvas: time per call on the long canvas text of guard.test.ts (400 filler sentences and a
// decision), and at 2x and 4x that length (linear time shows as x2 and x4). Prints figures; never
// asserts (guard.test.ts checks the result on the same text).
import { findDecisionLanguage } from '../shared/sessions/guard';
import { fmt, samples } from './stats';

const FILLER = 'Moeder vertelt dat K1 sinds de OTS beter slaapt en dat school tevreden is over zijn inzet. ';

export default async function run(): Promise<void> {
  const medians: number[] = [];
  for (const factor of [1, 2, 4]) {
    const text = FILLER.repeat(400 * factor) + 'We besluiten een OTS aan te vragen.';
    for (let i = 0; i < 5; i++) findDecisionLanguage(text); // warm-up
    const s = await samples(30, () => findDecisionLanguage(text));
    medians.push(s.median);
    const words = text.split(/\s+/).length;
    console.log(`guard: findDecisionLanguage on ${words.toLocaleString('en-US')} words (${text.length.toLocaleString('en-US')} chars): median ${fmt(s.median)}, p95 ${fmt(s.p95)} over 30 runs`);
  }
  console.log(`guard: time at 2x and 4x the text: x${(medians[1] / medians[0]).toFixed(1)}, x${(medians[2] / medians[0]).toFixed(1)}`);
}
