// Decision classes added for issue 14 (round 3): how much another party is told, who keeps a document or
// money, school changes and types written as compounds or in two words, a placement written with "gaan
// uit huis", a purpose clause that is no open possibility, and practice talk that rehearses a decision
// without taking it. Phrases written for these tests, not taken from the corpus; the must-not-flag tables
// hold the facts, others' doings and practice lines that share their words.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('how much another party is told', () => {
  it.each([
    ['no information for the school', 'de school krijgt geen informatie over de thuissituatie'],
    ['only part of it, in the passive', 'school wordt alleen verteld dat Bram ziek is'],
    ['a club is informed', 'de sportclub wordt ingelicht over het contactverbod'],
    ['limited access', 'mentor krijgt alleen inzage in het schoolverslag'],
    ['what the mentor hears, limited', 'de mentor hoort alleen dat er thuis iets speelt'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text)).toMatchObject({ fire: true, reasons: expect.arrayContaining(['casusbesluit']) });
  });

  it.each([
    ['a parent informs the school', 'de school krijgt informatie van moeder'],
    ['the school is informed by a parent', 'de school wordt door moeder ingelicht'],
    ['informed in the past, by someone else', 'de mentor werd vorig jaar ingelicht door de vorige GV'],
    ['a fact about information, no limit or when', 'de school krijgt veel informatie, volgens moeder te veel'],
    ['what the mentor tells', 'de mentor vertelt dat Sem stil is in de klas'],
    ['learning about one\'s own habit', 'leerpunt: ik vertel de school te snel te veel'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('who keeps a document, the money or the phone', () => {
  it.each([
    ['money through the foster parents from now on', 'zakgeld van Sem gaat voortaan via de pleegouders'],
    ['a passport to the case holder', 'paspoort van Lotte gaat naar de GV'],
    ['a passport comes to lie with the GV', 'paspoort komt bij de GV te liggen'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text)).toMatchObject({ fire: true, reasons: expect.arrayContaining(['casusbesluit']) });
  });

  it.each([
    ['foster parents arrange it themselves', 'de pleegouders regelen het zakgeld zelf'],
    ['where a passport is now', 'paspoort van Lotte ligt nog bij vader'],
    ['kept in the past by someone else', 'de vorige GV heeft het paspoort bij zich gehouden'],
    ['how the money goes, no change', 'het zakgeld loopt via de pleegouders'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('choice of school, school types as compounds or in two words', () => {
  it.each([
    ['a compound school type after the summer', 'Sterre gaat na de zomer naar de praktijkschool'],
    ['leaving a school for special education', 'Bram gaat van school, naar het speciaal onderwijs'],
    ['changing school with a when', 'Sem wisselt van school na de kerstvakantie'],
    ['special education after the summer', 'Jesse gaat na de zomer naar het speciaal onderwijs'],
    ['registering with a school type', 'inschrijving Lotte bij het vmbo regelen'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['the school a child attends', 'Bram zit op de praktijkschool en gaat daar graag heen'],
    ['a school in the past', 'Sterre ging vorig jaar naar de basisschool in de wijk'],
    ['a parent\'s wish', 'moeder wil dat Lotte naar een andere school gaat'],
    ['an open possibility', 'misschien kan Lotte naar een andere school'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('placements written with "gaan uit huis", purpose clauses', () => {
  it.each([
    ['children go out of the home', 'de kinderen gaan uit huis'],
    ['one child, with where to', 'Lotte gaat uit huis, naar een gezinshuis'],
    ['placing, in so many words', 'we plaatsen de kinderen uit huis'],
    ['a request with its purpose', 'paspoort aanvragen voor Sterre zodat ze mee kan op reis'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['a placement in the past', 'de kinderen gingen in 2022 uit huis'],
    ['a parent leaving the house', 'vader gaat vaak uit huis als er ruzie is'],
    ['a past placement by the judge', 'de kinderrechter plaatste de kinderen vorig jaar uit huis'],
    ['a purpose-clause request taken to WB', 'paspoort aanvragen zodat ze mee kan? neem mee naar WB'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('practice and learning talk rehearses a decision without taking it', () => {
  it.each([
    ['a practice label', 'oefenen: hoe vertel je een ouder dat de ots wordt verlengd'],
    ['a role play', 'rollenspel: de GV vertelt vader dat de omgang stopt'],
    ['the group practising', 'we oefenen in tweetallen hoe je een melding bespreekt'],
    ['an example text', 'oefening: schrijf een verzoek tot onderzoek als voorbeeld'],
    ['a role play about a placement', 'rollenspel: gesprek met moeder over de uithuisplaatsing'],
    ['a safety goal for a parent', 'veiligheidsdoel: moeder zorgt dat de kinderen op tijd op school zijn'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });

  it.each([
    ['a parent practises, and the measure is decided', 'moeder oefent met de pleegmoeder, maar de ots verlengen we'],
    ['a placement after practice talk elsewhere', 'we plaatsen de kinderen uit huis'],
  ])('%s still fires', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });
});

describe('a reason after a comma, continuing, and a team of someone else', () => {
  it.each([
    ['a measure with what a parent cannot do', 'voogdij aanvragen voor Bram, moeder kan het gezag niet aan'],
    ['closing with what the family can do', 'traject afronden, gezin kan het zelf'],
    ['contact that goes on', 'contact met de broertjes gaat door, elke maand'],
    ['help that goes on', 'MST gaat door tot de zomer'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['a possibility for a child', 'Lotte kan misschien naar oma'],
    ['a possibility after a comma, not about a person', 'voogdij aanvragen, dat kan ook later nog'],
    ['a possibility of ours after a comma', 'een melding, we kunnen dat overwegen'],
    ['the decision with a team of the GI', 'het team van de GI neemt het besluit over de uhp'],
    ['a session that goes on', 'de MLB gaat door, ook in de vakantie'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('steps written as nouns: a change of school, closing with a date, a place for a named child', () => {
  it.each([
    ['a change of school with a when', 'schoolwissel Sem per januari'],
    ['a change of case holder after the summer', 'gv-wissel na de zomer'],
    ['closing with a date', 'afsluiten per 1 juni, nazorg door het wijkteam'],
    ['closing as an answer', 'afsluiten: ja, per 1 juni'],
    ['closed care for a named child', 'jeugdzorgplus voor Sem, hij loopt steeds weg'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['mood swings (a compound of "wisseling")', 'stemmingswisselingen bij moeder, vooral \'s avonds'],
    ['a shift change', 'ploegwissel bij de pleegouders maakt het onrustig'],
    ['a place for a child as a possibility', 'een gezinshuis voor Lotte zou passen'],
    ['a place found by someone else', 'het pleeggezin voor Sem is gevonden door de pleegzorgaanbieder'],
    ['the closing round of the session', 'afsluiten: rondje hoe was het vandaag'],
    ['closing the session at a time', 'de sessie afsluiten om 16 uur'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('a task handed out under a task label', () => {
  it.each([
    ['a named professional plans a meeting in the case', 'actie: Els plant een netwerkberaad met oma en tante'],
    ['a named professional requests a file', 'actie: Anouk vraagt het dossier op bij de jeugdarts'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(true);
  });

  it.each([
    ['a parent\'s wish under the label', 'actie: moeder wil eerst zelf met de school praten'],
    ['who brings the next case (the session)', 'actie: Els brengt volgende keer haar casus in'],
    ['a plan someone reports, no label', 'Els plant een netwerkberaad, zegt ze'],
    ['handing it to WB', 'actie inbrenger: voorleggen aan WB'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});
