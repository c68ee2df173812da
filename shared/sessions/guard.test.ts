import { describe, it, expect } from 'vitest';
import type { Form, Reason } from './guard';
import { SUGGESTION_PREFIX, findDecisionLanguage, guardVerdict, rephraseAsSuggestion } from './guard';

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
  ['We nemen het besluit om contact te beperken.', 'besluit', 'We nemen het besluit'],
  ['WE BESLUITEN: GEZAMENLIJK GESPREK', 'besluit', 'WE BESLUITEN'],
  ['OTS aanvragen', 'maatregel', 'OTS aanvragen'],
  ['We vragen een OTS aan voor K1.', 'maatregel', 'vragen een OTS aan'],
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
  ['melding doen bij Veilig Thuis', 'melding', 'melding doen'],
  ['We doen een melding bij Veilig Thuis.', 'melding', 'doen een melding'],
  ['Gewoon bij Veilig Thuis melden!', 'melding', 'bij Veilig Thuis melden'],
  // A decision not to act is still a decision (policy: negatief-besluit); this row stood under "stays silent".
  ['we vragen geen OTS aan', 'maatregel', 'vragen geen OTS aan'],
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
  // Rows that stood under "fires" until the labelling policy of the guard corpus was adopted: a question
  // (vraag), an open possibility (hypothese) and an opinion without a recorded choice (weging) do not fire.
  'Hebben we nu besloten dat vader weg moet?',
  'Misschien moeten we een ondertoezichtstelling aanvragen',
  'Het gezag van vader beeindigen lijkt nodig.',
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

/**
 * Decisions about the case written without "besluit" or the name of a measure, by kind. Own sentences,
 * written to the labelling policy of the guard corpus (../shared/guard-corpus/README.md), not lines
 * from it. [kind, texts]
 */
const BY_KIND: Array<[Reason, string[]]> = [
  ['maatregel', [
    'gezagsbeëindiging aanvragen voor beide ouders',
    'spoedmachtiging regelen voor K2',
    'toezicht omzetten naar voogdij',
    'ots van Lotte niet meer verlengen, laten aflopen in mei',
    'K1 moet uit huis',
    'afschalen naar vrijwillig kader',
  ]],
  ['omgang', [
    'contact met vader voorlopig stopzetten',
    'bezoek van vader alleen nog onder begeleiding',
    'vanaf volgende week begeleide omgang met moeder, 2 uur',
    'omgng vader stopzetten', // a typo in the contact word
    'broertjes zien elkaar voortaan om de week',
    'omgangsregeling aanpassen: om de week een zaterdag',
  ]],
  ['plaatsing', [
    'Noor gaat naar tante, netwerkplaatsing vanaf de zomer',
    'K1 wordt overgeplaatst naar een gezinshuis in de regio',
    'Bo blijft bij de pleegouders tot haar 18e',
    'crisisopvang regelen voor vannacht',
    'terug naar moeder na de zomervakantie',
    'Bo -> gezinshuis',
  ]],
  ['hulpverlening', [
    'MDFT starten voor Jesse en zijn ouders',
    'de gezinsbehandeling stopt per 1 juni',
    'moeder aanmelden bij de verslavingszorg',
    'vader verplicht naar een agressieregulatietraining',
    'er komt een veiligheidsplan',
    'MST stopt, FFT erin',
  ]],
  ['onderzoek', [
    'Raad voor de Kinderbescherming inschakelen voor een beschermingsonderzoek',
    'verzoek tot onderzoek sturen naar de Raad',
    'beschermingsonderzoek aanvragen',
  ]],
  ['advies-rechter', [
    'op de zitting pleiten we voor een ots van een jaar',
    'rechtbank verzoeken de omgang te schorsen',
    'beroep aantekenen tegen de uitspraak',
    'zaak voorleggen aan de rechter',
  ]],
  ['melding', [
    'Veilig Thuis bellen over de baby',
    'aangifte doen tegen de oom',
    'school inlichten zonder toestemming van moeder',
    'leerplicht erbij halen',
    'de politie op de hoogte stellen',
    'terugmelden bij het OM dat hij niet meewerkt',
  ]],
  ['zaak-sluiten', [
    'dossier van Sam sluiten per 1 maart',
    'onze bemoeienis met het gezin beëindigen',
    'uitstroom naar het wijkteam, wij sluiten af',
    'dossier dicht',
  ]],
  ['casusbesluit', [
    'Bo mag met school mee naar Parijs',
    'paspoort voor K1 aanvragen, vader tekent niet',
    'Sam gaat na de zomer naar een andere school',
    'GV belt morgen de school over het verzuim',
    'gv wisselen',
  ]],
  ['opschalen', [
    'van drang naar dwang',
    'moeder krijgt een laatste waarschuwing',
    'ultimatum aan de ouders: voor maart hulp accepteren',
    'we schalen op als vader niet meewerkt',
  ]],
];

/** How a decision is written: an order to the inbrenger, a decision not to act, a firm condition. */
const BY_FORM: Array<[Form, string[]]> = [
  ['directief', ['stop die logeerpartijen bij oom!', 'bel vandaag nog Veilig Thuis', 'vraag die machtiging gewoon aan', 'schakel de Raad in']],
  ['negatief', ['we doen geen melding bij Veilig Thuis', 'geen aangifte tegen vader', 'de ots wordt niet verlengd', 'geen terugplaatsing dit jaar']],
  ['voorwaardelijk', ['als vader weer drinkt stopt de omgang direct', 'zodra moeder weer gebruikt, gaat K1 naar het pleeggezin', 'mocht school weer bellen dan doen we een melding']],
];

/** Ordinary MLB talk that mentions the same things, by what it is (own sentences). [kind of talk, text] */
const QUIET: Array<[string, string]> = [
  ['history', 'de kinderrechter heeft de ots vorig jaar verlengd'],
  ['history', 'in 2022 is Bo uit huis geplaatst'],
  ['history', 'omgang met vader is door de rechter vastgesteld op 1x per maand'],
  ['history', 'de vorige gezinsvoogd heeft MST ingezet'],
  ['history', 'het gezin heeft hulp gehad van MST, dat is in mei gestopt'],
  ['others', 'moeder wil dat de omgang wordt uitgebreid'],
  ['others', 'de jeugdarts verwijst naar de ggz'],
  ['others', 'school meldt het verzuim bij leerplicht'],
  ['others', 'de school gaat volgende week een melding doen'],
  ['others', 'pleegmoeder vraagt of de omgang naar de zaterdag kan'],
  ['others', 'in het plan van aanpak staat dat de omgang wordt uitgebreid'],
  ['others', 'wil dat K1 thuis blijft wonen'], // a person's perspective in the mensen window
  ['state', 'vader zit in de gevangenis en heeft geen contact'],
  ['state', 'K1 gaat elke woensdag naar oma'],
  ['state', 'moeder staat op de wachtlijst voor MST'],
  ['question', 'moet de ots verlengd worden?'],
  ['question', 'wie belt Veilig Thuis'],
  ['question', 'besluit: omgang ja of nee'],
  ['possibility', 'een gezinshuis zou een optie zijn'],
  ['possibility', 'de ots wordt waarschijnlijk verlengd'],
  ['possibility', 'stel dat de pleegouders afhaken, wat dan'],
  ['quote', "vader: 'ik stop met de omgang'"],
  ['quote', 'moeder zei dat ze de kinderen naar oma brengt'],
  ['quote', "de mentor vertelde: 'we schakelen leerplicht in'"],
  ['session', 'afspraak: volgende bijeenkomst brengt Petra een casus in'],
  ['session', 'we besluiten de MLB voortaan om 9 uur te starten'],
  ['session', 'besluit: de casus van Bo komt over een maand terug'],
  ['elsewhere', 'of Bo naar een pleeggezin gaat, bepaalt de GI'],
  ['elsewhere', 'de keuze voor een gezinshuis ligt bij de gedragswetenschapper'],
  ['elsewhere', 'het is niet aan ons om te bepalen of de omgang stopt'],
  ['werkbegeleiding', 'overweeg een melding, bespreek het in WB'],
  ['werkbegeleiding', 'idee: netwerkberaad organiseren'],
  ['weighing', 'een uithuisplaatsing is nu niet proportioneel'],
  ['weighing', 'zorg: moeder kan de afspraken niet nakomen'],
  ['reflection', 'ik merk dat ik de omgang met vader snel wil stoppen'],
  ['reflection', 'mijn valkuil is dat ik te snel wil plaatsen'],
  ['denial', 'in deze bijeenkomst nemen we geen besluit over de plaatsing'],
  ['method', 'MUHP = machtiging uithuisplaatsing'],
  ['method', 'een ots is een kinderbeschermingsmaatregel van de rechter'],
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

  it.each(BY_KIND.flatMap(([reason, texts]) => texts.map((t) => [reason, t] as const)))('recognises a decision of kind %s: %j', (reason, text) => {
    const matches = findDecisionLanguage(text);
    expect(matches.map((m) => m.reason), JSON.stringify(matches)).toContain(reason);
  });

  it.each(BY_FORM.flatMap(([form, texts]) => texts.map((t) => [form, t] as const)))('recognises the form %s: %j', (form, text) => {
    const matches = findDecisionLanguage(text);
    expect(matches.map((m) => m.form), JSON.stringify(matches)).toContain(form);
  });

  it.each(QUIET)('stays silent on %s: %j', (_kind, text) => {
    expect(findDecisionLanguage(text)).toEqual([]);
  });

  it('a decision inside quotation marks is someone else\'s; outside them it is ours', () => {
    expect(findDecisionLanguage("moeder: 'we stoppen de omgang'")).toEqual([]);
    expect(findDecisionLanguage("moeder: 'ik ben het er niet mee eens' - we stoppen de omgang")).not.toEqual([]);
  });

  it('judges each clause on its own tense and subject', () => {
    expect(findDecisionLanguage('vorig jaar is de omgang gestopt, nu breiden we de omgang uit')).toHaveLength(1);
    expect(findDecisionLanguage('de advocaat wil dat wij de omgang uitbreiden')).toEqual([]);
  });

  it('guardVerdict names the kinds and forms it saw, once each', () => {
    expect(guardVerdict('stop die omgang met vader, en geen melding bij VT')).toEqual({ fire: true, reasons: ['omgang', 'directief', 'melding', 'negatief'] });
    expect(guardVerdict('moeder wil meer omgang')).toEqual({ fire: false, reasons: [] });
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
    // the new kinds: labels, arrows and endorsements go; an order becomes an infinitive; names keep their capital
    ['afspraak: Bo mag mee op kamp', `${SUGGESTION_PREFIX}Bo mag mee op kamp`],
    ['-> machtiging uithuisplaatsing voor Bo', `${SUGGESTION_PREFIX}machtiging uithuisplaatsing voor Bo`],
    ['uitkomst: alleen nog begeleide omgang', `${SUGGESTION_PREFIX}alleen nog begeleide omgang`],
    ['Noor gaat naar tante, netwerkplaatsing vanaf de zomer', `${SUGGESTION_PREFIX}Noor gaat naar tante, netwerkplaatsing vanaf de zomer`],
    ['stop die bezoekjes bij oom!', `${SUGGESTION_PREFIX}de bezoekjes bij oom stoppen`],
    ['vraag die machtiging gewoon aan', `${SUGGESTION_PREFIX}de machtiging aanvragen`],
    ['plaats de tweeling gewoon bij hun oom, klaar', `${SUGGESTION_PREFIX}de tweeling bij hun oom plaatsen`],
    ['laat die machtiging gewoon verlengen, dat scheelt gedoe', `${SUGGESTION_PREFIX}de machtiging laten verlengen, dat scheelt gedoe`],
    ['zet MST in, staat vast', `${SUGGESTION_PREFIX}MST inzetten`],
    ['ik meld het morgen bij Veilig Thuis, de groep is akkoord', `${SUGGESTION_PREFIX}ik meld het morgen bij Veilig Thuis`],
    ['als vader weer drinkt stopt de omgang. Punt.', `${SUGGESTION_PREFIX}als vader weer drinkt stopt de omgang.`],
    ['geen aangifte bij de politie', `${SUGGESTION_PREFIX}geen aangifte bij de politie`],
    ['schrijf een advies aan de rechter: ots verlengen', `${SUGGESTION_PREFIX}een advies aan de rechter schrijven: ots verlengen`],
    ['Raad voor de Kinderbescherming inschakelen', `${SUGGESTION_PREFIX}Raad voor de Kinderbescherming inschakelen`],
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

  it('every decision in these tables rephrases into something that no longer fires', () => {
    const all = [...MUST_FIRE.map(([t]) => t), ...BY_KIND.flatMap(([, t]) => t), ...BY_FORM.flatMap(([, t]) => t)];
    for (const text of all) {
      const out = rephraseAsSuggestion(text);
      if (out === text && /^(?:we|wij) besluiten$/im.test(text)) continue; // nothing to keep, see below
      expect(findDecisionLanguage(out), `${text} → ${out}`).toEqual([]);
    }
  });

  it('a bare decision with nothing to keep is left as it was', () => {
    expect(rephraseAsSuggestion('We besluiten.')).toBe('We besluiten.');
  });
});
