// @vitest-environment jsdom
// The review flow of the anonymisation editor, with the real detector (its word lists read from disk the way
// the backend does) and a fake backend that records what would be stored.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testLexiconSources } from '../../../../shared/anonymiser/testing/lexicons';
import type { CaseDetail } from '../../../../shared/cases/types';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { NotesEditor } from './NotesEditor';

afterEach(cleanup);

const lexicons = testLexiconSources();

const CASE_ID = '55555555-5555-4555-8555-555555555555';
const MOTHER = '66666666-6666-4666-8666-666666666666';
const FATHER = '77777777-7777-4777-8777-777777777777';

function detailWith(notes: string, people: CaseDetail['people'] = []): CaseDetail {
  return {
    id: CASE_ID,
    codeName: 'Casus Eik',
    format: 'mlb',
    retentionUntil: '2027-03-01',
    lastUsedAt: '2026-11-30T12:00:00Z',
    updatedAt: '2026-11-30T12:00:00Z',
    createdAt: '2026-11-30T12:00:00Z',
    people,
    timeline: [],
    notes,
  };
}

function open(notes: string, people: CaseDetail['people'] = []) {
  const detail = detailWith(notes, people);
  let roster = people;
  const calls = fakeBackend({
    'anonymiser.lexicons': () => lexicons,
    'cases.recognise': () => [],
    'cases.update': (input: { people: Array<{ id?: string; role: string; pseudonym: string }> }) => {
      roster = input.people.map((p, i) => ({ id: p.id ?? `88888888-8888-4888-8888-${String(i).padStart(12, '0')}`, role: p.role, pseudonym: p.pseudonym }));
      return { ...detail, people: roster };
    },
    'cases.saveNotes': (input: { notes: string }) => ({ ...detail, people: roster, notes: input.notes }),
  });
  renderInApp(<NotesEditor detail={detail} />, { path: '/cases/:id/notes', routes: [{ path: '/cases/:id', element: <p>casus</p> }] });
  return calls;
}

const debug = () => `${textarea().value} | ${findingTexts().join(',')}`;
const status = () => document.querySelector('.anon-panel [role=status]')!.textContent;
const textarea = () => screen.getByLabelText('Tekst') as HTMLTextAreaElement;
const choiceInput = () => screen.getByLabelText('Vervangen door') as HTMLInputElement;
const activeFinding = () => document.querySelector('.finding-active') as HTMLElement;
const activeText = () => activeFinding().querySelector('.finding-text')!.textContent;
const findingTexts = () => [...document.querySelectorAll('.finding-text')].map((e) => e.textContent);
const accept = () => fireEvent.click(within(activeFinding()).getByRole('button', { name: /Vervang overal/ }));
const select = (text: string) => fireEvent.click(screen.getAllByRole('button').find((b) => b.querySelector('.finding-text')?.textContent === text)!);

async function ready(count: number) {
  await waitFor(() => expect(status()).toMatch(count === 1 ? /^1 bevinding open/ : new RegExp(`^${count} bevindingen open`)), { timeout: 10_000 });
}

describe('the review flow of the notes editor', () => {
  it('does not carry a pseudonym typed for one person over to the next person', async () => {
    open('Fatima belt met Karim. Karim brengt Sanne mee.');
    await ready(3);
    expect(activeText()).toBe('Fatima');
    fireEvent.change(choiceInput(), { target: { value: 'Tante' } });
    accept();
    await ready(2);
    expect(activeText()).toBe('Karim');
    expect(choiceInput().value).not.toBe('Tante');
    fireEvent.click(screen.getByRole('button', { name: /Alle suggesties overnemen/ }));
    await waitFor(() => expect(`${status()} ${debug()}`).toMatch(/^Alles opgelost/));
    const text = textarea().value;
    expect(text.match(/Tante/g)).toHaveLength(1);
    // Karim (twice) and Sanne are two people with two pseudonyms.
    const [, karim, sanne] = /^Tante belt met (.+)\. \1 brengt (.+) mee\.$/.exec(text) ?? [];
    expect(karim).toBeTruthy();
    expect(sanne).toBeTruthy();
    expect(karim).not.toBe(sanne);
  });

  it('never gives a second person the pseudonym the user typed (but has not yet accepted) for the first', async () => {
    open('Fatima belt met Karim.');
    await ready(2);
    expect(activeText()).toBe('Fatima');
    // The user types for Fatima exactly what the editor would suggest for Karim.
    fireEvent.change(choiceInput(), { target: { value: 'Persoon B' } });
    fireEvent.click(screen.getByRole('button', { name: /Alle suggesties overnemen/ }));
    await waitFor(() => expect(`${status()} ${debug()}`).toMatch(/^Alles opgelost/));
    const [, fatima, karim] = /^(.+) belt met (.+)\.$/.exec(textarea().value) ?? [];
    expect(fatima).toBe('Persoon B');
    expect(karim).not.toBe('Persoon B');
  });

  it('"Vervang overal" replaces every occurrence of a place, also one the detector saw with a word in front', async () => {
    open('Yara woont in Almere Haven. In Almere Haven gaat ze naar school.');
    await ready(3);
    select('Almere Haven');
    accept();
    await waitFor(() => expect(findingTexts()).toEqual(['Yara']));
    expect(textarea().value).toBe('Yara woont in [plaats]. In [plaats] gaat ze naar school.');
  });

  it('a school the detector also read as a name is one finding, and is never added to the roster as a person', async () => {
    const calls = open('Yara zit op basisschool De Regenboog. De Regenboog belt vaak.');
    await ready(2);
    expect(findingTexts()).toEqual(['Yara', 'De Regenboog']);
    select('De Regenboog');
    expect(choiceInput().value).toBe('[school]');
    accept();
    await ready(1);
    expect(textarea().value).toBe('Yara zit op basisschool [school]. [school] belt vaak.');
    accept();
    await waitFor(() => expect(`${status()} ${debug()}`).toMatch(/^Alles opgelost/));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'cases.saveNotes')).toHaveLength(1));
    const update = callsOf(calls, 'cases.update') as Array<{ people: Array<{ pseudonym: string }> }>;
    expect(update.flatMap((u) => u.people.map((p) => p.pseudonym))).toEqual(['Persoon A']);
  });

  it('a placeholder typed for a name is not a person on the roster', async () => {
    const calls = open('Yara gaat naar de Jan Ligthartschool.');
    await ready(2);
    select('Jan Ligthartschool');
    fireEvent.change(choiceInput(), { target: { value: '[school]' } });
    accept();
    await ready(1);
    accept();
    await waitFor(() => expect(`${status()} ${debug()}`).toMatch(/^Alles opgelost/));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'cases.saveNotes')).toHaveLength(1));
    const update = callsOf(calls, 'cases.update') as Array<{ people: Array<{ pseudonym: string }> }>;
    expect(update.flatMap((u) => u.people.map((p) => p.pseudonym))).toEqual(['Persoon A']);
    const saved = callsOf(calls, 'cases.saveNotes')[0] as { resolutions: Array<{ replacement: string; personId: string | null }> };
    expect(saved.resolutions.find((r) => r.replacement === '[school]')?.personId).toBeNull();
  });

  it('Alt+P selects the suggestion, so typing replaces it instead of appending to it', async () => {
    open('Bel mij op 06-12345678.');
    await ready(1);
    fireEvent.keyDown(window, { key: 'p', code: 'KeyP', altKey: true });
    const input = choiceInput();
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('[telefoonnummer]');
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
  });

  it("shows the roster's pseudonyms to choose from while the field holds a suggestion", async () => {
    open('Fatima belt.', [
      { id: MOTHER, role: 'moeder', pseudonym: 'Moeder' },
      { id: FATHER, role: 'vader', pseudonym: 'Vader' },
    ]);
    await ready(1);
    expect(choiceInput().value).toBe('Persoon A');
    const roster = within(activeFinding()).getByRole('group', { name: 'Iemand van de rol-lijst' });
    fireEvent.click(within(roster).getByRole('button', { name: /Moeder/ }));
    expect(choiceInput().value).toBe('Moeder');
    accept();
    await waitFor(() => expect(`${status()} ${debug()}`).toMatch(/^Alles opgelost/));
    expect(textarea().value).toBe('Moeder belt.');
  });
});
