// Other case decisions (policy: overig-casusbesluit): a task for the case holder with a step or a document
// of the case, a child's permission to go along, leisure and body as matters of consent, registering a
// child — and the facts beside them. Phrases written for these tests from the policy in
// ../shared/guard-corpus/README.md, not from the corpus or the project's own check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('other case decisions', () => {
  it.each([
    ['a task with help to plan', 'GV plant een netwerkberaad in'],
    ['a task with a document', 'GV haalt het paspoort op bij vader'],
    ['going along, not allowed', 'Liam mag niet mee naar Marokko'],
    ['going along, allowed', 'Bo mag mee met de klas naar Parijs'],
    ['a club the child may stay at', 'Sem mag op voetbal blijven'],
    ['consent refused', 'geen toestemming voor de tatoeage'],
    ['registering, as an entry', 'inschrijving Sara op de praktijkschool'],
  ])('%s fires: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ["a father's permission", 'Liam mag van vader niet mee naar Marokko'],
    ['an open possibility', 'Liam mag misschien mee naar Marokko'],
    ['going along with grandmother, no permission', 'Sem gaat mee met oma naar de markt'],
    ['money as it goes now', 'zakgeld gaat nu via moeder'],
    ['a registration under way', 'inschrijving loopt nog'],
    ['a club as a fact', 'Sem speelt voetbal bij de club'],
  ])('%s stays silent: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});
