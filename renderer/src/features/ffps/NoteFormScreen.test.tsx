// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import NoteFormScreen from './NoteFormScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { ApiError } from '../../../../shared/api/errors';
import { detail } from '../../../../shared/api/details';
import { DEFAULT_TECHNIQUES, type PhaseTimeline } from '../../../../shared/ffps/types';

afterEach(cleanup);

const CASE = '55555555-5555-4555-8555-555555555555';
const MOEDER = '77777777-7777-4777-8777-777777777777';
const SEM = '88888888-8888-4888-8888-888888888888';
const theCase = {
  id: CASE,
  codeName: 'Casus Zeester',
  format: 'ffps',
  people: [
    { id: MOEDER, role: 'moeder', pseudonym: 'Moeder' },
    { id: SEM, role: 'zoon, 15', pseudonym: 'Sem' },
  ],
  timeline: [],
  notes: '',
  retentionUntil: '2027-01-01',
};
const timeline: PhaseTimeline = {
  caseId: CASE,
  firstPhaseMaxGapWeeks: 2,
  phases: [
    { phase: 'verbinden-en-motiveren', contacts: [{ noteId: '99999999-9999-4999-8999-999999999999', contactNumber: 3, week: 4, gapWeeks: null }] },
    { phase: 'ondersteunen-en-regievoeren', contacts: [] },
    { phase: 'generaliseren-en-borgen', contacts: [] },
  ],
  warnings: [],
};

describe('the case-note form', () => {
  it('continues the timeline, shows the open oefenpunt, and sends the note without empty rows', async () => {
    const calls = fakeBackend({
      'cases.get': () => theCase,
      'ffps.timeline': () => timeline,
      'ffps.techniques': () => [...DEFAULT_TECHNIQUES],
      'ffps.openOefenpunt': () => ({ open: { feedbackId: MOEDER, noteId: MOEDER, oefenpunt: 'Begin met een reframe.', givenAt: '2026-11-30T09:00:00Z' } }),
      'ffps.saveNote': () => ({ id: MOEDER, contactNumber: 4 }),
    });
    renderInApp(<NoteFormScreen id={CASE} />, { routes: [{ path: '/ffps/notes/:id', element: <p>saved</p> }] });
    expect(await screen.findByLabelText('Contact nr.')).toHaveProperty('value', '4');
    expect(screen.getByLabelText('Week')).toHaveProperty('value', '5');
    expect(await screen.findByText('Begin met een reframe.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Doel 1'), { target: { value: 'Sem apart spreken' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' })); // left empty: dropped
    fireEvent.click(screen.getByRole('checkbox', { name: /^Sem/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Sem (zoon, 15)' }), { target: { value: 'Sem vertelde over school.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'reframe' }));
    fireEvent.change(screen.getByLabelText('Wat doe ik in het volgende contact?'), { target: { value: 'Wij besluiten dat Sem uit huis gaat.' } });
    expect(await screen.findByRole('note')).toBeTruthy(); // the decision guard
    fireEvent.click(screen.getByRole('button', { name: 'Case-note opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'ffps.saveNote')).toHaveLength(1));
    expect(callsOf(calls, 'ffps.saveNote')[0]).toMatchObject({
      caseId: CASE,
      phase: 'verbinden-en-motiveren',
      contactNumber: 4,
      week: 5,
      present: [SEM],
      goals: [{ goal: 'Sem apart spreken', progress: '' }],
      techniques: ['reframe'],
      responses: [{ personId: SEM, response: 'Sem vertelde over school.' }],
    });
  });
});

describe("the case-note form's messages about list rows land on the row on screen (issue 15)", () => {
  const refuse = (path: string) => () => {
    throw new ApiError('IDENTIFIER', '1 problem', [detail(path, 'identifier_in_text', 'TELEFOON 0-10', { label: 'TELEFOON' })]);
  };
  const PHONE = 'Hier staat een telefoonnummer: haal het weg of vervang het.';
  const open = (saveNote: () => never) => {
    const calls = fakeBackend({
      'cases.get': () => theCase,
      'ffps.timeline': () => timeline,
      'ffps.techniques': () => [...DEFAULT_TECHNIQUES],
      'ffps.openOefenpunt': () => ({ open: null }),
      'ffps.saveNote': saveNote,
    });
    renderInApp(<NoteFormScreen id={CASE} />);
    return calls;
  };
  const describedBy = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

  it('puts a refusal of the first sent goal under the row it came from, with an empty row before it', async () => {
    const calls = open(refuse('goals.0.goal'));
    await screen.findByLabelText('Doel 1');
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' }));
    fireEvent.change(screen.getByLabelText('Doel 2'), { target: { value: 'bel 0612345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Case-note opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'ffps.saveNote')).toHaveLength(1));
    await screen.findByText(PHONE);
    expect(describedBy(screen.getByLabelText('Doel 2'))).toBe(PHONE);
    expect(screen.getByLabelText('Doel 1').getAttribute('aria-invalid')).toBeNull();
  });

  it('puts a refusal under the right goal after a row above it was removed', async () => {
    const calls = open(refuse('goals.1.progress'));
    await screen.findByLabelText('Doel 1');
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' }));
    fireEvent.change(screen.getByLabelText('Doel 1'), { target: { value: 'weg' } });
    fireEvent.change(screen.getByLabelText('Doel 2'), { target: { value: 'Sem apart spreken' } });
    fireEvent.change(screen.getByLabelText('Doel 3'), { target: { value: 'School bellen' } });
    fireEvent.change(screen.getAllByLabelText('Voortgang')[2], { target: { value: 'bel 0612345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel 1 verwijderen' }));
    await waitFor(() => expect(screen.queryByLabelText('Doel 3')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Case-note opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'ffps.saveNote')).toHaveLength(1));
    expect((callsOf(calls, 'ffps.saveNote')[0] as { goals: unknown[] }).goals).toEqual([
      { goal: 'Sem apart spreken', progress: '' },
      { goal: 'School bellen', progress: 'bel 0612345678' },
    ]);
    await screen.findByText(PHONE);
    expect(describedBy(screen.getAllByLabelText('Voortgang')[1])).toBe(PHONE);
    expect(screen.getAllByLabelText('Voortgang')[0].getAttribute('aria-invalid')).toBeNull();
  });

  it("puts a refusal of a family member's response under that person's response", async () => {
    const calls = open(refuse('responses.0.response'));
    const sem = await screen.findByRole('textbox', { name: 'Sem (zoon, 15)' });
    fireEvent.change(sem, { target: { value: 'bel 0612345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Case-note opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'ffps.saveNote')).toHaveLength(1));
    await screen.findByText(PHONE);
    expect(describedBy(screen.getByRole('textbox', { name: /^Sem \(zoon, 15\)/ }))).toBe(PHONE);
    expect(screen.getByRole('textbox', { name: /^Moeder/ }).getAttribute('aria-invalid')).toBeNull();
  });

  it("puts the form's own message about a goal row under that row, with an empty row before it", async () => {
    const calls = open(refuse('caseId'));
    await screen.findByLabelText('Doel 1');
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' }));
    fireEvent.change(screen.getAllByLabelText('Voortgang')[1], { target: { value: 'Gaat beter' } }); // a progress without its goal
    fireEvent.click(screen.getByRole('button', { name: 'Case-note opslaan' }));
    await waitFor(() => expect(screen.getByLabelText('Doel 2').getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(screen.getByLabelText('Doel 2'))).toBeTruthy();
    expect(screen.getByLabelText('Doel 1').getAttribute('aria-invalid')).toBeNull();
    expect(callsOf(calls, 'ffps.saveNote')).toHaveLength(0);
  });

  it('puts a refusal under the row that was sent, even when a row is removed while the save is on its way', async () => {
    let answer: (v: never) => void = () => {};
    const calls = open((() => new Promise((_resolve, reject) => { answer = () => reject(new ApiError('IDENTIFIER', '1 problem', [detail('goals.0.goal', 'identifier_in_text', 'TELEFOON 0-10', { label: 'TELEFOON' })])); })) as never);
    await screen.findByLabelText('Doel 1');
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: '+ Doel toevoegen' }));
    fireEvent.change(screen.getByLabelText('Doel 2'), { target: { value: 'bel 0612345678' } });
    fireEvent.change(screen.getByLabelText('Doel 3'), { target: { value: 'School bellen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Case-note opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'ffps.saveNote')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Doel 1 verwijderen' })); // the empty row goes while the save is pending
    await waitFor(() => expect(screen.queryByLabelText('Doel 3')).toBeNull());
    answer(undefined as never);
    await screen.findByText(PHONE);
    expect(screen.getByLabelText('Doel 1')).toHaveProperty('value', 'bel 0612345678');
    expect(describedBy(screen.getByLabelText('Doel 1'))).toBe(PHONE);
    expect(screen.getByLabelText('Doel 2').getAttribute('aria-invalid')).toBeNull();
  });
});
