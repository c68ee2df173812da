// Other case decisions (policy category overig-casusbesluit): what others are told, who keeps a
// document, the choice of school. Phrases written for these tests, not taken from the corpus; the
// guards next to them are the facts that share their words.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

describe('other decisions about the child, by construction', () => {
  it.each([
    ['what the school is told', 'de mentor krijgt alleen te horen dat het thuis onrustig is'],
    ['what the school is not told', 'school krijgt niets te weten over de zitting'],
    ['who keeps a document', 'paspoort van Lina blijft bij de GV'],
    ['a choice of school, as a plan', 'Bo gaat na de zomer naar het vmbo in de stad'],
    ['staying at a school', 'Ravi blijft op zijn eigen school, ook na de verhuizing'],
    ['registering with a doctor', 'inschrijven bij de nieuwe huisarts, geen overleg met vader'],
  ])('%s fires', (_what, text) => {
    expect(guardVerdict(text)).toMatchObject({ fire: true, reasons: expect.arrayContaining(['casusbesluit']) });
  });

  it.each([
    ['absence from school', 'Sem blijft thuis van school'],
    ['the school a child attends now', 'Bo gaat naar de havo en doet het goed'],
    ['a quote of what the school was told', 'de school krijgt te horen wat er gebeurd is, zei de juf'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});
