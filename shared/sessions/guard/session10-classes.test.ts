// Classes of wording found on resources/guard-eval/own-blind-3.jsonl (read after its first measure) and
// on the misses of own-blind-1/2. Every phrase here was written for these tests, with other names, verbs
// and topics than the lines that showed the class; each class has the near misses that must stay silent.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

const fires = (text: string) => expect(guardVerdict(text).fire, text).toBe(true);
const silent = (text: string) => expect(guardVerdict(text).fire, text).toBe(false);

describe('an opening arrow names where the step goes, not who said it', () => {
  it.each([
    '-> Raad: beschermingsonderzoek voor Ilse en haar broer',
    '=> VT: melding over de kinderen van gezin Bakker',
    '-> kinderrechter: verzoek om verlenging ots Daan',
  ])('%s fires', fires);
  it.each([
    'zitting 3/10 => rechter: ots verlengd met een jaar',
    'besluit kinderrechter: ots voor Daan verlengd',
    '-> Raad: heeft het onderzoek in maart afgerond',
    '-> rechter: ots verlengd met een jaar',
  ])('%s stays silent', silent);
});

describe('"heeft … nodig" is what someone needs, not an opinion', () => {
  it.each([
    'afsluiten: moeder heeft de GI niet meer nodig',
    'traject afsluiten, het gezin heeft ons niet meer nodig',
  ])('%s fires', fires);
  it.each([
    'afsluiten: rondje hoe was het vandaag',
    'afsluiten: Marloes doet de check-out',
    'afsluiten: ieder noemt een woord',
    'het gezin heeft nog veel steun nodig',
    'een ots lijkt ons nodig',
  ])('%s stays silent', silent);
});

describe('a rhythm of contact ("om de 2 weken", "elke 4 weken")', () => {
  it.each([
    'contact moeder met Ties: om de 2 weken, begeleid op kantoor',
    'beeldbellen met opa: elke 3 weken een half uur',
    'omgang Noa bij vader om de week, zonder overnachting',
  ])('%s fires', fires);
  it.each([
    'moeder had om de 2 weken contact met Ties',
    'vader wil om de week omgang',
    'over 3 weken is er een evaluatie van het contact',
  ])('%s stays silent', silent);
});

describe('not waiting for werkbegeleiding is no hand-over to it', () => {
  it.each([
    'meld het vandaag bij VT, niet wachten op de WB',
    'zoek nu een noodopvang voor Aron, zonder eerst naar WB te gaan',
  ])('%s fires', fires);
  it.each([
    'wacht met de melding tot na de WB',
    'niet wachten tot WB maar eerst de vraag scherp maken?',
    'melding VT: eerst voorleggen aan WB',
    'dit kun je niet zonder WB beslissen',
    'wacht op de WB voor je VT belt',
  ])('%s stays silent', silent);
});

describe('a choice of school against its alternative', () => {
  it.each([
    'Milan gaat naar het vo, niet naar het speciaal onderwijs',
    'Lieke naar de mavo in plaats van het praktijkonderwijs',
    'Sam gaat naar het regulier onderwijs ipv het sbo',
    'Jip naar de havo i.p.v. het vmbo',
  ])('%s fires', fires);
  it.each([
    'Milan zit op het vo en gaat graag naar school',
    'moeder wil dat Lieke naar de mavo gaat, niet naar het praktijkonderwijs',
    'Sam gaat niet naar school sinds de zomer',
    'Jip gaat naar de havo, niet naar school',
  ])('%s stays silent', silent);
});

describe('an adopted suggestion as a label', () => {
  it.each([
    'tip van Ruud overgenomen: Jolien krijgt een eigen bankrekening',
    'suggestie Anouk aangenomen: Ayoub houdt zijn telefoon tot 21 uur',
  ])('%s fires', fires);
  it.each([
    'tip van Ruud: Jolien een eigen bankrekening geven?',
    'idee van Anouk overgenomen: volgende keer starten we met een rondje',
    'tip van Ruud: bespreek de bankrekening met je WB',
  ])('%s stays silent', silent);
});

describe('a meeting in the case under a task label', () => {
  it.each([
    'actie Petra: gesprek met de mentor over de thuissituatie',
    'actiepunt GV: huisbezoek bij vader voor de vakantie',
    'taak Joost: netwerkgesprek met de ooms plannen',
  ])('%s fires', fires);
  it.each([
    'actie Petra: haar casus volgende keer inbrengen',
    'actie inbrenger: gesprek met werkbegeleider plannen',
    'actie: evaluatie van deze bijeenkomst',
    'taak: evaluatie met Joost over zijn leerdoel',
    'actie: gesprek met WB over de omgang',
  ])('%s stays silent', silent);
});

describe('a speech verb completed by its particle is another verb', () => {
  it.each([
    'moeder verplicht naar opvoedcursus, jij meldt haar aan',
    'Noor naar de praktijkschool, GV schrijft haar in',
  ])('%s fires', fires);
  it.each([
    'moeder meldt dat de cursus goed gaat',
    'vader meldt zich zelf aan bij de huisarts',
    'school schrijft dat Noor veel verzuimt',
  ])('%s stays silent', silent);
});

describe('a report of an offence, not by someone', () => {
  it.each([
    'aangifte van bedreiging Ruben, jij gaat mee',
    'melding van huiselijk geweld bij VT voor de tweeling',
  ])('%s fires', fires);
  it.each([
    'aangifte van moeder tegen de buurman',
    'melding van school over verzuim van Ruben',
    'aangifte van bedreiging loopt nog bij de politie',
  ])('%s stays silent', silent);
});

describe('cancelling and keeping in place: verb families', () => {
  it.each([
    'blaas het logeerweekend bij oom af',
    'het bezoek van oma annuleren',
    'zeg het logeren bij oma af',
    'Sem: verblijf in de leefgroep doortrekken tot zijn 18e',
    'de ots handhaven',
    'ots handhaven tot de zomer',
    'we trekken de pleegzorg door tot zijn 21e',
  ])('%s fires', fires);
  it.each([
    'vader zegt de afspraken steeds af',
    'moeder heeft het bezoek zelf geannuleerd',
    'de rust handhaven in de groep is lastig',
    'vader heeft het logeren zelf afgezegd',
    'de zitting werd afgeblazen',
  ])('%s stays silent', silent);
});

describe('staying somewhere until an age or a date', () => {
  it.each(['Timo blijft tot zijn 18e in het gezinshuis', 'Ella blijft tot de zomer bij haar tante wonen'])('%s fires', fires);
  it.each(['Timo blijft tot zijn 18e op school', 'moeder blijft tot de zomer in de opvang?'])('%s stays silent', silent);
});

describe('where a parent or another party stays is a fact', () => {
  it.each(['Sem blijft bij zijn moeder', 'de kinderen blijven in het pleeggezin'])('%s fires', fires);
  it.each(['moeder blijft voorlopig in de vrouwenopvang', 'vader blijft bij oma wonen', 'de pleegouders blijven in hun huis'])('%s stays silent', silent);
});

describe('a step that follows, with an adverb of time between', () => {
  it.each([
    'bij de volgende dreiging volgt direct een aangifte',
    'bij terugval volgt er direct een aangifte',
  ])('%s fires', fires);
  it.each(['vader volgt meteen een training', 'er komt meteen een reactie van moeder'])('%s stays silent', silent);
});

describe('appeal lodged with a separable verb', () => {
  it.each(['we tekenen hoger beroep aan tegen de beschikking', 'als de rechter afwijst tekenen we beroep aan'])('%s fires', fires);
  it.each(['moeder tekent beroep aan', 'de advocaat heeft beroep aangetekend'])('%s stays silent', silent);
});

describe('a condition opened by the verb, then "dan"', () => {
  it.each([
    'verzuimt Lars weer dan gaat de melding naar leerplicht',
    'weigert moeder de hulp dan gaat het dossier naar de Raad',
    'gaat het weer mis, dan volgt er direct een aangifte',
  ])('%s fires', fires);
  it.each(['gaat Lars dan naar leerplicht', 'komt vader dan nog wel op de omgang', 'moet ik dan VT bellen', 'kan moeder het aan dan is terugplaatsing denkbaar'])('%s stays silent', silent);
});

describe('a word after a numeral is a counted noun, not a typo of a verb', () => {
  it.each(['Daan woont nu bij opa, 2 straten van zijn school', 'oma woont 3 straten verderop'])('%s stays silent', silent);
  it.each(['school starten per maandag voor Daan', '2 omgnag per maand onder begeleiding'])('%s fires', fires);
});

describe('parties of care and health act on their own', () => {
  it.each([
    'het ziekenhuis doet een melding als de baby afkickverschijnselen heeft',
    'de kinderarts schakelt zelf de jeugdarts in',
    'het consultatiebureau meldt de zorgen bij VT',
  ])('%s stays silent', silent);
  it.each(['wij doen een melding als de baby afkickverschijnselen heeft', 'GV schakelt de kinderarts in voor diagnostiek'])('%s fires', fires);
});

describe('"zodra", "indien", "tenzij" open a clause of their own', () => {
  it.each([
    'aangifte bij de politie zodra de baby geboren is',
    'voorlopige ots aanvragen indien moeder na de bevalling blijft gebruiken',
  ])('%s fires', fires);
  it.each([
    'de rechter besliste dat de ots stopt zodra moeder het gezag terug heeft',
    'moeder wil de kinderen terug zodra ze een huis heeft',
    'de Raad deed onderzoek, tenzij ik me vergis',
  ])('%s stays silent', silent);
});

describe('conditions of youth probation are measures; a permission refused for what follows "voor"', () => {
  it.each([
    'meldplicht voor Rayan ophogen naar twee keer per week',
    'locatiegebod Rayan stoppen per 1 mei',
    'geen toestemming voor emigratie van de kinderen naar Canada',
    'geen toestemming voor het schoolkamp in het buitenland',
  ])('%s fires', fires);
  it.each([
    'Rayan heeft een meldplicht bij de jeugdreclassering',
    'de rechter legde een enkelband op',
    'moeder geeft geen toestemming voor de operatie',
    'vader heeft geen toestemming voor de verhuizing gegeven',
  ])('%s stays silent', silent);
});
