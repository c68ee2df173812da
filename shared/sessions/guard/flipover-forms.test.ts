// Decisions as they are typed on a flip-over — no comma between a condition and what follows, inverted
// word order, typos that two dictionary words share, idioms for "off the table" — and the talk beside them
// that must stay silent. Phrases written for these tests from the policy in
// ../shared/guard-corpus/README.md, not from the corpus or the project's own check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('flip-over forms of a decision', () => {
  it.each([
    ['a condition without a comma, parent refusing', 'mocht moeder weigeren dan gaan we voor een OTS'],
    ['a condition with inverted "gaan we"', 'als de zitting tegenvalt gaan we in hoger beroep'],
    ['a reason without a comma', 'voogdij aanvragen vr Bo moeder kan gezag niet aan'],
    ['a typo two verb forms share', 'dossier afsluitn eind vd maand'],
    ['a where between a placement and its when', 'pleegzorg bij tante Ria per 1/9'],
    ['taking a child away', 'haal K1 daar weg'],
    ['off the table', 'uhp is van de baan'],
    ['kept open', 'zaak blijft open'],
  ])('%s fires: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['a worry off the table', 'de zorgen zijn niet van tafel'],
    ['a question kept open for WB', 'vraag blijft open voor WB'],
    ['a grandmother fetching a child', 'oma haalt Sem weg van school bij ruzie'],
    ['a past fetching', 'moeder haalde K1 weg bij oma'],
    ['a condition and its fact', 'als vader belt dan neemt oma op'],
    ['what grandmother can do', 'oma kan Sem opvangen na school'],
    ['a past placement', 'Sem heeft pleegzorg bij tante Ria gehad tot 2020'],
    ['the question as a noun', 'de vraag of de hulp stopt blijft open'],
    ['a hypothesis asked', 'stel dat moeder weigert dan gaan we voor een OTS?'],
  ])('%s stays silent: %s', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});
