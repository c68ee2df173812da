// Talk for werkbegeleiding, the writer's own reactions, open possibilities as adjectives and the session's
// own way of working, written with a case's words in them. Phrases written for these tests from the policy
// in ../shared/guard-corpus/README.md, not from the corpus or the project's own check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('talk for WB, reactions and the session itself stay silent', () => {
  it.each([
    ['a WB compound as label, a question without its mark', 'WB-vraag: moet ik VT bellen'],
    ['a question with the modal first', 'moeten we de omgang stoppen'],
    ['a possible step', 'mogelijke stap: VTO'],
    ['a feeling of pressure', 'ik voel de druk om een melding te doen'],
    ['a first reaction', 'mijn eerste reactie: VT bellen'],
    ['the session sheet', 'afspraak: flap gaat niet mee naar huis'],
    ['the way of working', 'besluit: we starten voortaan met een check-in'],
  ])('%s: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });

  it.each([
    ['an inverted decision after a condition', 'mocht het misgaan, dan gaan we voor een OTS'],
    ['a decision after a label', 'besluit: we vragen een VTO aan'],
    ['a child going home', 'afspraak: Sem gaat per mei terug naar huis'],
  ])('decisions beside them still fire: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });
});
