import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

// Every sentence below contains only hard negatives: no span may be reported.
const HARD_NEGATIVES: Array<[string, string]> = [
  ['organisation', 'De Raad voor de Kinderbescherming doet onderzoek, de RvdK belt maandag.'],
  ['organisation', 'Er is een melding bij Veilig Thuis gedaan en Bureau Jeugdzorg is op de hoogte.'],
  ['organisation', 'Hulp via de GGZ, het CJG en Nidos; de William Schrikker Groep neemt het over.'],
  ['organisation', 'Moeder krijgt steun van het Leger des Heils en VluchtelingenWerk.'],
  ['organisation', 'Hij gaat naar Jeugdzorg Plus, het wijkteam blijft betrokken.'],
  ['method', 'We werken met Signs of Safety en de Drie Huizen.'],
  ['method', 'In het MLB bespreken we de Vier Vensters en een Woord- en Beeldverhaal.'],
  ['method', 'Een Eigen Kracht-conferentie volgt, eerst de Minimaal Opvoedgedrag-lijst.'],
  ['role', 'Moeder, vader, oma en de juf waren er; de gezinsvoogd en meester ook.'],
  ['role', 'Zijn stiefvader en broertje wonen in hetzelfde huis.'],
  ['age', 'De jongste is 8 jaar, de oudste (14) zit op het voortgezet onderwijs.'],
  ['month/weekday', 'In maart was het rustig, vorige dinsdag niet.'],
  ['month+year', 'Sinds maart 2024 woont hij bij vader, sinds 2019 in deze wijk.'],
  ['score', 'Scaling: moeder 4/10, gezinsvoogd 6/10.'],
  ['time', 'Het gesprek duurde van 09.30-11.45 uur.'],
  ['holiday', 'Na de Ramadan en het Suikerfeest komt Pasen, daarna Vaderdag.'],
  ['country', 'De familie komt uit Syrië en spreekt Turks en Tigrinya.'],
  ['language', 'Oma spreekt Papiaments en Sranan, vader Arabisch.'],
  ['brand', 'Ze appen via WhatsApp en Snapchat, boodschappen bij de Lidl.'],
  ['brand', 'Contact loopt via OurFamilyWizard en Teams.'],
  ['law', 'Op grond van de Jeugdwet en het Burgerlijk Wetboek.'],
  ['team', 'Het werd besproken in team Noord.'],
  ['jargon', 'De RvdK start een Raadsonderzoek na de Radarmelding; hij volgt Praktijkonderwijs en krijgt Diagnostiek.'],
  ['pet/toy', 'Met hond Bobby en knuffel Vosje gaat het goed.'],
  ['region', 'Politie Midden-Nederland en de Turks-Nederlandse vereniging.'],
  ['abbreviation', 'De OTS en UHP zijn verlengd door de GI.'],
];

describe('hard negatives yield no span', () => {
  it.each(HARD_NEGATIVES)('%s: %s', (_kind, text) => {
    const got = detector.detect(text).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual([]);
  });
});
