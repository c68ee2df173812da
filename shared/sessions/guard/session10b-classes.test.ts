// Classes of wording found on resources/guard-eval/own-blind-5.jsonl (read after its first measure): five
// writers' habits — typos and abbreviations, FFPS, Signs of Safety, a formal passive voice, arrow
// shorthand. Every phrase here was written for these tests, with other names, verbs and topics than the
// lines that showed the class; each class has the near misses that must stay silent.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

const fires = (text: string) => expect(guardVerdict(text).fire, text).toBe(true);
const silent = (text: string) => expect(guardVerdict(text).fire, text).toBe(false);

describe('verbs of halting, pausing, tightening and easing a step, with their particles', () => {
  it.each([
    'therapie Bas staken per 1 juni',
    'de gezinsbegeleiding wordt gestaakt',
    'dagbehandeling opzeggen, Fleur gaat naar school',
    'we zeggen de thuisbegeleiding op',
    'FFT afbreken, gezin haakt steeds af',
    'de MDFT wordt afgebroken',
    'logeren bij opa even stilzetten',
    'omgang moeder met Jip pauzeren tot na de zitting',
    'bezoekregeling aanscherpen: alleen nog op kantoor',
    'omgang vader versoepelen naar onbegeleid',
    'IAG indiceren voor gezin Yilmaz',
  ])('%s fires', fires);
  it.each([
    'vader heeft de therapie afgebroken',
    'moeder zegt de thuisbegeleiding zelf op',
    'Jip breekt de training steeds af',
    'het contact verliep gespannen, we pauzeren even voor koffie',
    'school staakt de lessen morgen',
    'de therapeut pauzeerde de sessies in de zomer',
  ])('%s stays silent', silent);
});

describe('verbs of notifying a reporting party', () => {
  it.each([
    'leerplicht mailen over het verzuim van Daan',
    'wijkagent vanavond nog verwittigen',
    'VT inseinen over de situatie bij moeder',
    'politie alarmeren bij de volgende dreiging',
    '-> jij: vandaag de jeugdarts mailen over de blauwe plekken',
  ])('%s fires', fires);
  it.each([
    'de mentor mailen hoe het in de klas gaat',
    'school mailen om te vragen wanneer de ouderavond is',
    'moeder mailt de huisarts zelf',
    'de wijkagent heeft ons verwittigd',
  ])('%s stays silent', silent);
});

describe('a step done or gone over to, in the formal passive ("er wordt aangifte gedaan", "overgegaan tot")', () => {
  it.each([
    'Er wordt een zorgmelding gedaan bij Veilig Thuis.',
    'Er wordt melding gedaan van de mishandeling van Ilse.',
    'Er wordt overgegaan tot een spoedmachtiging voor Tijn.',
    'We gaan over tot een verzoek tot onderzoek.',
    'overgaan tot plaatsing in een gezinshuis',
  ])('%s fires', fires);
  it.each([
    'Er is aangifte gedaan door de buurvrouw.',
    'vader heeft aangifte gedaan van diefstal',
    'Er werd overgegaan tot een spoedplaatsing in 2022.',
    'de rechter is overgegaan tot een uithuisplaatsing',
  ])('%s stays silent', silent);
});

describe('a formal passive: the participle at the end of the clause acts on its subject, however long', () => {
  it.each([
    'De ambulante begeleiding van het gezin van Tess wordt met ingang van de zomervakantie volledig afgebouwd.',
    'De omgangsregeling tussen vader en de beide kinderen wordt tot nader order voor onbepaalde tijd opgeschort.',
    'Het dossier van de familie El Amrani wordt na de laatste evaluatie in het voorjaar afgesloten.',
  ])('%s fires', fires);
  it.each([
    'De ambulante begeleiding van het gezin van Tess werd in de zomervakantie van vorig jaar volledig afgebouwd.',
    'De omgangsregeling tussen vader en de beide kinderen is door de rechter voor onbepaalde tijd opgeschort.',
    'Het dossier van de familie El Amrani wordt door het wijkteam na de laatste evaluatie afgesloten.',
  ])('%s stays silent', silent);
});

describe('a party before an opening arrow, with a step after it, is where the step goes', () => {
  it.each([
    'raad -> beschermingsonderzoek Lucas, deze maand',
    'VT -> zorgmelding over de tweeling',
    'rb -> verzoekschrift verlenging machtiging',
  ])('%s fires', fires);
  it.each([
    'rechter -> ots verlengd met een jaar',
    'raad -> onderzoek afgerond in maart',
    'VT -> heeft de melding doorgezet naar de politie',
    'mdo -> geen zorgen meer over de thuissituatie',
  ])('%s stays silent', silent);
});

describe('abbreviated parties, and the decision as a noun placed with one of them', () => {
  it.each([
    'omgang mdr met Zoë -> 1x per 2 weken begeleid',
    'vdr: geen overnachtingen meer',
  ])('%s fires', fires);
  it.each([
    'ots verlengen -> besluit bij de tl',
    'plaatsing gezinshuis: keuze aan gw',
    'uhp -> beslissing door teamleider',
    "ib'er meldt Noah aan bij het speciaal onderwijs",
    'mentor: praktijkschool overwogen / zorgcoördinator stuurt aanmelding in',
  ])('%s stays silent', silent);
});

describe('a separated particle makes the verb finite: after another party it is their own act', () => {
  it.each([
    'we dienen het verzoek tot onderzoek deze week in',
    'omgang vader: we schorten het begeleide contact op',
  ])('%s fires', fires);
  it.each([
    'grootouders dienen een verzoek in om Sem vaker te zien',
    'de pleegouders vragen een time-out aan voor de plaatsing',
    'ouders zetten zelf thuisbegeleiding in via de gemeente',
  ])('%s stays silent', silent);
});

describe('taking sides and not managing yet are reflection, not deciding', () => {
  it.each([
    'ik kies te makkelijk partij voor de pleegouders',
    'ik kies vaak de kant van het kind, meerzijdige partijdigheid lukt me lastig',
    'doorvragen bij vader lukt me nog niet goed',
  ])('%s stays silent', silent);
  it.each([
    'we kiezen voor een gezinshuis voor Amir',
    'ik kies voor een melding bij VT',
  ])('%s fires', fires);
});
