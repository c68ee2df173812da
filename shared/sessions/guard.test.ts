import { describe, it, expect } from 'vitest';
import type { DecisionMatch } from './guard';
import { SUGGESTION_PREFIX, findDecisionLanguage, rephraseAsSuggestion } from './guard';

type Reason = DecisionMatch['reason'];

/** [text, reason of a match that must be there, the words it must cover]. */
const MUST_FIRE: Array<[string, Reason, string]> = [
  ['we besluiten', 'besluit', 'we besluiten'],
  ['Wij besluiten dat K1 vaker bij vader is.', 'besluit', 'Wij besluiten'],
  ['ik besluit dat we het zo doen', 'besluit', 'ik besluit'],
  ['besluit: OTS aanvragen', 'besluit', 'besluit:'],
  ['besluit: OTS aanvragen', 'maatregel', 'OTS aanvragen'],
  ['Besluit van de groep: moeder krijgt nog één kans.', 'besluit', 'Besluit van de groep'],
  ['We hebben besloten dat K1 thuis blijft.', 'besluit', 'We hebben besloten'],
  ['Na lang praten beslissen we dat het anders moet.', 'besluit', 'beslissen we'],
  ['we beslissen vandaag over de omgang', 'besluit', 'we beslissen'],
  ['Het team besluit om in te grijpen.', 'besluit', 'Het team besluit'],
  ['Daarom besluiten we om door te gaan.', 'besluit', 'besluiten we'],
  ['Hebben we nu besloten dat vader weg moet?', 'besluit', 'Hebben we nu besloten'],
  ['We nemen het besluit om contact te beperken.', 'besluit', 'We nemen het besluit'],
  ['WE BESLUITEN: GEZAMENLIJK GESPREK', 'besluit', 'WE BESLUITEN'],
  ['OTS aanvragen', 'maatregel', 'OTS aanvragen'],
  ['We vragen een OTS aan voor K1.', 'maatregel', 'vragen een OTS aan'],
  ['Misschien moeten we een ondertoezichtstelling aanvragen', 'maatregel', 'ondertoezichtstelling aanvragen'],
  ['We besluiten een OTS aan te vragen.', 'maatregel', 'OTS aan te vragen'],
  ['uithuisplaatsen', 'maatregel', 'uithuisplaatsen'],
  ['Volgens mij gaan we uithuisplaatsen.', 'maatregel', 'uithuisplaatsen'],
  ['We plaatsen K1 uit huis.', 'maatregel', 'plaatsen K1 uit huis'],
  ['uithuisplaatsing aanvragen bij de rechter', 'maatregel', 'uithuisplaatsing aanvragen'],
  ['- UHP aanvragen\n- moeder informeren', 'maatregel', 'UHP aanvragen'],
  ['we moeten een maatregel nemen', 'maatregel', 'maatregel nemen'],
  ['maatregel aanvragen', 'maatregel', 'maatregel aanvragen'],
  ['De GI moet een maatregel opleggen.', 'maatregel', 'maatregel opleggen'],
  ['We leggen een maatregel op.', 'maatregel', 'leggen een maatregel op'],
  ['De OTS verlengen met een jaar', 'maatregel', 'OTS verlengen'],
  ['gezag beëindigen', 'maatregel', 'gezag beëindigen'],
  ['Het gezag van vader beeindigen lijkt nodig.', 'maatregel', 'gezag van vader beeindigen'],
  ['melding doen bij Veilig Thuis', 'maatregel', 'melding doen'],
  ['We doen een melding bij Veilig Thuis.', 'maatregel', 'doen een melding'],
  ['Gewoon bij Veilig Thuis melden!', 'maatregel', 'bij Veilig Thuis melden'],
  ['Verzoek tot onderzoek doen.', 'onderzoek', 'Verzoek tot onderzoek doen'],
  ['een verzoek tot onderzoek indienen', 'onderzoek', 'een verzoek tot onderzoek indienen'],
  ['verzoek tot onderzoek bij de Raad', 'onderzoek', 'verzoek tot onderzoek bij de Raad'],
  ['Stap 2: een verzoek tot onderzoek bij de RvdK.', 'onderzoek', 'een verzoek tot onderzoek bij de RvdK'],
  ['We dienen een verzoek tot onderzoek in.', 'onderzoek', 'dienen een verzoek tot onderzoek'],
  ['advies aan de rechter', 'advies-rechter', 'advies aan de rechter'],
  ['Ons advies aan de rechter is een OTS.', 'advies-rechter', 'advies aan de rechter'],
  ['we adviseren de rechter om de OTS te verlengen', 'advies-rechter', 'we adviseren de rechter'],
  ['Laten we de rechter adviseren om K1 thuis te laten.', 'advies-rechter', 'de rechter adviseren'],
  ['• Advies aan de kinderrechter: OTS', 'advies-rechter', 'Advies aan de kinderrechter'],
  ['Feiten kloppen.\nWe besluiten\nom door te pakken', 'besluit', 'We besluiten'],
  ['In maart vragen we een OTS aan.', 'maatregel', 'vragen we een OTS aan'],
  ['Wij gaan de rechter adviseren om de OTS te verlengen.', 'advies-rechter', 'de rechter adviseren'],
  ['Het team heeft vandaag het besluit genomen om te stoppen.', 'besluit', 'het besluit genomen'],
  ['Vorig jaar ging het mis, nu vragen we een OTS aan.', 'maatregel', 'vragen we een OTS aan'],
  ['We vragen een OTS aan omdat het thuis niet veilig was.', 'maatregel', 'vragen een OTS aan'],
];

/** Ordinary talk about the case's history, the method, or ideas already phrased as such. */
const MUST_NOT_FIRE: string[] = [
  'het besluit van de rechter vorig jaar',
  'de rechter besloot in maart tot een OTS',
  'sinds de OTS gaat het beter',
  'na de uithuisplaatsing van K1',
  'de maatregel liep in januari af',
  'de Raad deed vorig jaar onderzoek',
  'moeder was het niet eens met het besluit',
  'in een MLB nemen we geen besluiten',
  'dit is geen besluit maar een idee',
  'besluitvorming ligt bij de werkbegeleider',
  'het advies van de Raad aan de rechter was toen dat K1 thuis kon blijven',
  'we bespreken wat een OTS voor K1 betekent',
  'besluiteloos',
  'Moeder is besluiteloos over de school.',
  'ondertoezichtstelling (OTS) loopt tot juni',
  'De OTS is vorig jaar aangevraagd door de GI.',
  'Een OTS aanvragen was toen niet nodig.',
  'Het advies aan de rechter was negatief.',
  'Hun advies aan de rechter is een OTS.',
  'De GI adviseerde de rechter om te verlengen.',
  'we vragen geen OTS aan',
  'In een MLB besluiten we niet over K1.',
  'We besloten vorig jaar om het anders te doen.',
  'We hebben twee jaar geleden besloten om te verhuizen.',
  'Het verzoek tot onderzoek bij de Raad werd afgewezen.',
  'Veilig Thuis deed onderzoek na de melding van school.',
  'na de melding bij Veilig Thuis kwam er een gesprek',
  'Vader was boos over het besluit, de uithuisplaatsing voelde als straf.',
  'Het besluit, zegt moeder, was oneerlijk.',
  'Suggestie om mee te nemen naar werkbegeleiding: een OTS aan te vragen.',
  'Idee: OTS aanvragen bespreken met je werkbegeleider',
  'Is het een idee om een OTS aan te vragen?',
  'Wat betekent een uithuisplaatsing voor de band met moeder?',
  'De kinderrechter sprak een OTS uit.',
  'de beslissing lag toen bij de rechter',
  'we nemen het besluit van de rechter serieus',
  'De Raad heeft een verzoek tot onderzoek ingediend.',
  'De rechter besluit in juni over de verlenging.',
];

describe('findDecisionLanguage', () => {
  it(`the tables are as large as promised (${MUST_FIRE.length} must-fire, ${MUST_NOT_FIRE.length} must-not-fire)`, () => {
    expect(MUST_FIRE.length).toBeGreaterThanOrEqual(25);
    expect(MUST_NOT_FIRE.length).toBeGreaterThanOrEqual(20);
  });

  it.each(MUST_FIRE)('fires: %j (%s)', (text, reason, words) => {
    const matches = findDecisionLanguage(text);
    const hit = matches.find((m) => m.reason === reason && m.phrase.toLowerCase().includes(words.toLowerCase()));
    expect(hit, JSON.stringify(matches)).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.phrase);
  });

  it.each(MUST_NOT_FIRE)('stays silent: %j', (text) => {
    expect(findDecisionLanguage(text)).toEqual([]);
  });

  it('finds each phrase once, in order, without overlaps, inside a longer canvas text', () => {
    const text = 'Feiten:\n- moeder werkt\n- We hebben besloten: OTS aanvragen.\nWeging: advies aan de rechter volgt.';
    const matches = findDecisionLanguage(text);
    expect(matches.map((m) => [m.reason, m.phrase])).toEqual([
      ['besluit', 'We hebben besloten'],
      ['maatregel', 'OTS aanvragen'],
      ['advies-rechter', 'advies aan de rechter'],
    ]);
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });

  it('finds the decision at the end of a long canvas (400 filler sentences)', () => {
    // the time per keystroke on this text is measured by bench/guard.bench.ts
    const filler = 'Moeder vertelt dat K1 sinds de OTS beter slaapt en dat school tevreden is over zijn inzet. ';
    const text = filler.repeat(400) + 'We besluiten een OTS aan te vragen.';
    expect(findDecisionLanguage(text).map((m) => [m.reason, m.phrase])).toEqual([
      ['besluit', 'We besluiten'],
      ['maatregel', 'OTS aan te vragen'],
    ]);
  });
});

describe('rephraseAsSuggestion', () => {
  it.each([
    ['We besluiten een OTS aan te vragen.', `${SUGGESTION_PREFIX}een OTS aan te vragen.`],
    ['We besluiten om een OTS aan te vragen.', `${SUGGESTION_PREFIX}een OTS aan te vragen.`],
    ['Daarom besluiten we om vader uit te nodigen.', `${SUGGESTION_PREFIX}vader uit te nodigen.`],
    ['We hebben besloten dat K1 naar oma gaat.', `${SUGGESTION_PREFIX}dat K1 naar oma gaat.`],
    ['Besluit: OTS aanvragen', `${SUGGESTION_PREFIX}OTS aanvragen`],
    ['Besluit van de groep: het gezag beëindigen.', `${SUGGESTION_PREFIX}het gezag beëindigen.`],
    ['We gaan uithuisplaatsen.', `${SUGGESTION_PREFIX}uithuisplaatsen.`],
    ['We vragen een OTS aan.', `${SUGGESTION_PREFIX}we vragen een OTS aan.`],
    ['OTS aanvragen', `${SUGGESTION_PREFIX}OTS aanvragen`],
    ['- we nemen het besluit om te melden bij Veilig Thuis', `- ${SUGGESTION_PREFIX}te melden bij Veilig Thuis`],
  ])('%j', (text, expected) => {
    expect(rephraseAsSuggestion(text)).toBe(expected);
  });

  it('leaves other sentences and lines alone, and the result no longer fires', () => {
    const text = 'Moeder is boos. We besluiten een OTS aan te vragen. Vader zwijgt.\nK1 wil thuis blijven.';
    const out = rephraseAsSuggestion(text);
    expect(out).toBe(`Moeder is boos. ${SUGGESTION_PREFIX}een OTS aan te vragen. Vader zwijgt.\nK1 wil thuis blijven.`);
    expect(findDecisionLanguage(out)).toEqual([]);
    expect(rephraseAsSuggestion(out)).toBe(out);
  });

  it('every must-fire row with content rephrases into something that no longer fires', () => {
    for (const [text] of MUST_FIRE) {
      const out = rephraseAsSuggestion(text);
      if (out === text && /^(?:we|wij) besluiten$/im.test(text)) continue; // nothing to keep, see below
      expect(findDecisionLanguage(out), `${text} → ${out}`).toEqual([]);
    }
  });

  it('a bare decision with nothing to keep is left as it was', () => {
    expect(rephraseAsSuggestion('We besluiten.')).toBe('We besluiten.');
  });
});
