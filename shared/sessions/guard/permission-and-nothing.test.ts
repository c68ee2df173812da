// Two classes found on the project's own blind set (resources/guard-eval/own-blind-1.jsonl, measured
// once before this change): a permission of contact given for every week is an arrangement, not a habit;
// and the session saying it decides nothing is not a decision. Phrases written for these tests.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('a permission of contact with a rhythm is an arrangement', () => {
  it.each([
    'Yara mag opa voortaan elke zondag bellen',
    'Mees mag zijn zusje iedere week zien',
    'Tess mag haar vader weer elke woensdag bezoeken',
    'de jongens mogen oma elke vakantie opzoeken',
  ])('%s fires', (text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['a habit without a permission', 'Mees ziet zijn zusje elke week bij oma'],
    ['a permission with nobody to see', 'Sem mag elke dag buiten spelen'],
    ['what a parent allows', 'K1 mag van moeder nooit alleen naar buiten'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('the session deciding nothing', () => {
  it.each(['we besluiten vandaag niets over de plaatsing', 'hier beslissen we niks over', 'niets besloten over de omgang, alleen ideeën'])('%s stays silent', (text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });

  it.each(['we besluiten geen melding te doen bij VT', 'we besluiten: omgang vader stopt'])('%s fires (a decision, also one not to act)', (text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });
});
