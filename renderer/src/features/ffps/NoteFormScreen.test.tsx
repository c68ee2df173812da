// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import NoteFormScreen from './NoteFormScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
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
