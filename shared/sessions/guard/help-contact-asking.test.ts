// Help given to someone, contact changed within its class or put on hold, and what stays talk: attending
// a training, what the Raad's report advises, asking a doctor, an order by the judge. Phrases written for
// these tests from the policy in ../shared/guard-corpus/README.md, not from the corpus or the check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('help, contact and closing written without a deciding verb', () => {
  it.each([
    ['who gets which help', 'Gijs krijgt MST'],
    ['a parent gets help', 'moeder krijgt opvoedondersteuning'],
    ['help that must be followed', 'vader moet een agressietraining volgen'],
    ['arranging help', 'zorgen voor een veiligheidsplan met het netwerk'],
    ['contact changed into another form', 'weekendomgang wordt dagomgang'],
    ['contact put on hold', 'omgangsregeling vader on hold'],
    ['help put on hold', 'MST in de wacht tot na de verhuizing'],
    ['youth protection ending', 'JB stopt per 1 juni, vrijwillig kader'],
  ])('%s fires: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['help someone has already', 'moeder krijgt al opvoedondersteuning van het wijkteam'],
    ['help given by another party', 'Gijs krijgt MST via de huisarts'],
    ['attending a training', 'vader volgt een agressietraining'],
    ["the judge's order", 'vader moet van de rechter een agressietraining volgen'],
    ["the Raad's report", 'het raadsrapport adviseert een OTS'],
    ['asking a doctor how it goes', 'Lisa belt volgende week de huisarts om te vragen hoe het gaat'],
    ['a child who goes to the doctor', 'Sem gaat volgende week naar de huisarts'],
    ['a consequence for a parent', 'oma zorgt voor de kinderen als moeder werkt'],
  ])('%s stays silent: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});
