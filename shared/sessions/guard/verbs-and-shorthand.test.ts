// Verbs and shorthand for stopping, limiting and placing that the word classes lacked ("vervalt",
// "schrappen", "stilleggen", "verl.", "omgangsbeperking"), children in the plural, a condition as a label —
// and descriptions of how things take place or lie with the court. Phrases written for these tests from
// the policy in ../shared/guard-corpus/README.md, not from the corpus or the project's own check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('verbs and shorthand of a decision', () => {
  it.each([
    ['an abbreviated extension', 'ots verl. 1 jr'],
    ['a limit as a compound', 'omgangsbeperking voor vader'],
    ['a stay that lapses', 'logeren bij vader vervalt'],
    ['struck out', 'overnachtingen bij moeder schrappen'],
    ['halted for now', 'omgang tijdelijk stilleggen'],
    ['placing children together', 'zusjes samen plaatsen'],
    ['a condition as the label', 'bij volgende melding: UHP'],
  ])('%s fires: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['pending with the court', 'omzetting naar voogdij is in behandeling bij de rb'],
    ['how contact takes place', 'begeleid contact vindt plaats op kantoor GI'],
    ['a limit someone has', 'vader heeft een omgangsbeperking'],
    ['brothers living together', 'broertjes wonen samen in het pleeggezin'],
    ['a condition then WB', 'bij twijfel: eerst naar WB'],
  ])('%s stays silent: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});
