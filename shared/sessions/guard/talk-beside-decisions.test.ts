// Ordinary MLB talk that carries the words of a decision: a state someone has, plans of others in the
// plural, a quote under a person's label without quotation marks, questions whose mark is left off, the
// session talking about a topic. Phrases written for these tests from the policy in
// ../shared/guard-corpus/README.md, not from the corpus or the project's own check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('talk beside decisions stays silent', () => {
  it.each([
    ['a ban someone has', 'vader heeft een contactverbod'],
    ['foster parents quitting, plural verb', 'pleegouders stoppen met pleegzorg in de zomer'],
    ['parents quitting help', 'ouders stoppen met de MST'],
    ['a quote under a label, first person', 'moeder: ik wil dat de hulp stopt'],
    ['a quote under a label, "we"', 'oma: we doen aangifte bij de politie'],
    ['"wanneer" asking', 'wanneer stopt de IAG'],
    ['a condition, then a question without its mark', 'als we de omgang stoppen, wat doet dat met Sem'],
    ['the session discussing a topic', 'besluit: we bespreken de omgang volgende keer'],
    ["a letter from the judge", 'brief van de rechter: zitting in mei'],
    ["the Raad's advice as a label", 'advies van de raad: ots verlengen'],
    ['an opinion only', 'we vinden een uhp nodig'],
  ])('%s: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });

  it.each([
    ['an infinitive with "met"', 'met de IAG stoppen per 1 mei'],
    ['stopping contact with parents', 'omgang met ouders stoppen'],
    ['a label naming who it is about', 'vader: omgang 1x per maand begeleid'],
    ['"wanneer" as a condition', 'wanneer moeder weer drinkt, gaat Sem naar oma'],
    ['"wat ons betreft"', 'OTS verlengen, wat ons betreft'],
    ['our letter to the judge', 'brief aan de rechter: geen uitbreiding omgang'],
    ['an opinion as the reason for our step', 'het gaat niet meer thuis, uithuisplaatsing is nodig en we vragen die aan'],
    ['bringing a case back, and a decision', 'omgang stoppen, we bespreken het in mei nog een keer'],
  ])('and decisions beside them still fire: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });
});
