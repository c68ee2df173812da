// Report prose: headings, title-case lines, programme, method and organisation names, degrees and
// titles, regions and provinces are no identifiers; the people, places and numbers in such prose still
// are. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { spans } from './testing/spanTables';

describe('headings are no names', () => {
  it.each([
    ['numbered sections', '1 Inleiding\n\n2.4 Versterken van de Samenwerking in de Wijk\nDe teams werken samen.'],
    ['a title-case line', 'Ontwikkelde Werkwijzen en Gebruikte Instrumenten\nWij beschrijven hier de werkwijzen.'],
    ['a short line above text', 'Gegevens van de Ouders\nBeide ouders hebben het gezag.'],
    ['an appendix and a day of a training', 'Bijlage 3 Gebruikte Vragenlijsten\nDag 2 Zorgen, Krachten en Veiligheid\nIedereen was er.'],
    ['a table caption', 'Tabel 2.1 Aantal meldingen per kwartaal (2024)'],
    ['a question as a heading', 'Wat Vinden Ouders Ervan?\nOuders zijn tevreden.'],
    ['a word of a heading at its other mentions', '3 Bevindingen per Onderdeel\nIn het Onderdeel over toezicht staat meer.'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
  it('still finds the family named in a heading and the person in a heading line (a guard)', () => {
    expect(spans('Casusbespreking gezin Wijnberg\nGesprek met Hanneke Stolk')).toEqual(['Wijnberg:PERSOON', 'Hanneke Stolk:PERSOON']);
  });
});

describe('programme, method and organisation names are no names', () => {
  it.each([
    ['a programme after its word', 'Sinds 2023 loopt het programma Thuis Sterker Samen in de regio.'],
    ['a method after its word', 'Zij werken volgens de methodiek Samen Verder Kijken.'],
    ['a compound with a programme word', 'Het Zorgoverleg Snel Schakelen komt wekelijks bij elkaar.'],
    ['a body with a programme word', 'De Ouderraad en de Jongerenadviesraad gaven advies over de Kindcheck Thuis.'],
    ['inflected words in title case', 'De Gecertificeerde Instellingen en de Betrokken Ketenpartners tekenden het convenant.'],
    ['a name found once as a programme', 'Eindevaluatie Programma Stevig Samen\n\nStevig Samen liep twee jaar. Daarna nam Stevig Samen een nieuwe vorm aan.'],
    ['a portfolio after a role', 'Het advies ging naar de wethouder Jeugd en de consulent Werk en Inkomen.'],
    ['a national organisation with a region', 'Betrokken waren Veilig Thuis Haaglanden en Jeugdbescherming Twente.'],
    ['a knowledge centre', 'Het Landelijk Kenniscentrum Jeugdrecht gaf de opdracht.'],
    ['a statistic named after a person', 'De overeenstemming was goed (Cohen\'s kappa = 0,78).'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
  it('keeps a place inside an organisation name', () => {
    expect(spans('Opdrachtgever is de Gemeente Deventer, samen met de Hogeschool Leiden.')).toEqual(['Deventer:LOCATIE', 'Leiden:LOCATIE']);
  });
});

describe('degrees, titles, provinces and regions are no identifiers', () => {
  it.each([
    ['degrees after names', 'Auteurs: Marloes Wigman MSc, Ruben Faber MA en Tessa Bol MBA', ['Marloes Wigman:PERSOON', 'Ruben Faber:PERSOON', 'Tessa Bol:PERSOON']],
    ['titles before names (a guard)', 'Gesproken met drs. Henk Rutgers, prof. dr. Aylin Sezer en ing. Wim Blok.', ['Henk Rutgers:PERSOON', 'Aylin Sezer:PERSOON', 'Wim Blok:PERSOON']],
    ['a degree after a comma', 'De projectleider, Noor van Os, MSc, sloot af.', ['Noor van Os:PERSOON']],
    ['provinces and regions in a list', 'Het onderzoek liep in Drenthe, Haaglanden, IJsselland, de Drechtsteden en Parkstad.', []],
    ['a regional adjective', 'De Twentse en Brabantse gemeenten doen mee.', []],
  ])('%s', (_what, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('the people in report prose are still found', () => {
  it.each([
    ['cited authors', 'Dat sluit aan bij eerder werk (Van Wijk & Tahiri, 2019; Okafor, 2021). Brouwers e.a. (2020) vonden hetzelfde.', ['Van Wijk:PERSOON', 'Tahiri:PERSOON', 'Okafor:PERSOON', 'Brouwers:PERSOON']],
    ['an interviewee with a role', 'Teamleider Gerda Ploeg van het Sociaal Team vertelde over de start.', ['Gerda Ploeg:PERSOON']],
    ['a list of interviewees', '- Karim Ouali, casusregisseur, Veilig Thuis\n- Els de Rooij, beleidsadviseur Wonen', ['Karim Ouali:PERSOON', 'Els de Rooij:PERSOON']],
    ['initials in an action list', 'Actielijst\n- JvdB: planning aanpassen\n3 Notitie spoedzaken (MK en TS)', ['JvdB:PERSOON', 'MK:PERSOON', 'TS:PERSOON']],
    ['two cited authors joined by "en" or "&"', 'Zoals Hendriks en Oduya (2016) lieten zien, en eerder (Lindqvist & Van Dam, 2011).', ['Hendriks:PERSOON', 'Oduya:PERSOON', 'Lindqvist:PERSOON', 'Van Dam:PERSOON']],
    ['authors of a reference line in title case', 'Literatuur\nBerendsen, K., Van Rossum, T., & Achterberg, P. (2004). Samen Werken aan Veiligheid. Utrecht: Uitgeverij.', ['Berendsen, K.:PERSOON', 'Van Rossum, T.:PERSOON', 'Achterberg, P.:PERSOON', 'Utrecht:LOCATIE']],
    ['a conjunction or preposition opening the sentence is no first name', 'Omdat Terpstra belde, kwam het gesprek er. Volgens Hendriks (2016) werkt dat.', ['Terpstra:PERSOON', 'Hendriks:PERSOON']],
    ['a user name in a file path', 'Bron: G:\\Users\\hbakker\\Documents\\cijfers.xlsx', ['hbakker:PERSOON']],
  ])('%s', (_what, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('lines of names and bodies in report prose', () => {
  it('keeps a signature line of a name as a name', () => {
    expect(spans('Met vriendelijke groet,\n\nDr. Pieter Kroon')).toEqual(['Pieter Kroon:PERSOON']);
    expect(spans('Colofon\nMr. drs. Annelies Wester\nLL.M. M.Sc.')).toEqual(['Annelies Wester:PERSOON']);
  });
  it('ends a name at a degree', () => {
    expect(spans('Uitgevoerd door: Rosa Lima, MSc en Bram Hoogstraten, onderzoekers')).toEqual(['Rosa Lima:PERSOON', 'Bram Hoogstraten:PERSOON']);
  });
  it.each([
    ['governing bodies', 'De Raad van Bestuur en de Raad van Toezicht stemden in; de Ondernemingsraad adviseerde.'],
    ['an institute named after its founders and an abbreviation', 'Het Nederlands Jeugdinstituut (NJi) en het Verwey-Jonker Instituut deden het onderzoek.'],
    ['the state', 'Het Rijk en de gemeenten sloten een akkoord.'],
    ['a figure', 'In Figuur 3 ziet u de Ontwikkeling van het Aantal Meldingen.'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
});
