// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import FeedbackScreen from './FeedbackScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import type { CaseNoteDetail } from '../../../../shared/ffps/types';

afterEach(cleanup);

const CASE = '55555555-5555-4555-8555-555555555555';
const NOTE = '66666666-6666-4666-8666-666666666666';
const MOEDER = '77777777-7777-4777-8777-777777777777';

const note: CaseNoteDetail = {
  id: NOTE,
  caseId: CASE,
  caseCodeName: 'Casus Zeester',
  author: 'Noor',
  phase: 'verbinden-en-motiveren',
  contactNumber: 1,
  week: 1,
  present: [MOEDER],
  goals: [{ goal: 'Kennismaken', progress: 'Goed' }],
  interventions: 'Ik benoemde de boosheid van Moeder als zorg.',
  techniques: ['reframe'],
  responses: [{ personId: MOEDER, response: 'Moeder werd rustiger.' }],
  hypothesis: { function: 'afstand', behaviour: '', nobleIntent: '' },
  nextPlan: '',
  forDiscussion: false,
  feedbackState: 'requested',
  createdAt: '2026-11-30T09:00:00Z',
  updatedAt: '2026-11-30T09:00:00Z',
  feedback: [],
  openOefenpunt: null,
};
const theCase = { id: CASE, codeName: 'Casus Zeester', format: 'ffps', people: [{ id: MOEDER, role: 'moeder', pseudonym: 'Moeder' }], timeline: [], notes: '', retentionUntil: '2027-01-01' };

describe('the supervisor’s feedback form', () => {
  it('sends principles, ratings with their anchors, a comment on a field and the oefenpunt', async () => {
    const calls = fakeBackend({ 'ffps.getNote': () => note, 'cases.get': () => theCase, 'ffps.saveFeedback': () => ({}) });
    renderInApp(<FeedbackScreen id={NOTE} />, { path: '/', routes: [{ path: '/ffps/notes/:id', element: <p>note</p> }] });
    const kracht = await screen.findByRole('group', { name: 'Krachtgericht' });
    fireEvent.click(within(kracht).getByRole('radio', { name: 'ja' }));
    await waitFor(() => expect(within(kracht).getByRole('radio', { name: 'ja' })).toHaveProperty('checked', true));
    fireEvent.click(within(screen.getByRole('group', { name: 'Matching' })).getByRole('radio', { name: 'nee' }));
    const adherence = screen.getByRole('group', { name: /^Adherentie/ });
    expect(within(adherence).getByText('voldoende, met kleine hiaten')).toBeTruthy();
    fireEvent.click(within(adherence).getAllByRole('radio')[3]);
    fireEvent.click(screen.getByRole('button', { name: 'Opmerking bij veld' }));
    fireEvent.change(await screen.findByLabelText('Opmerking 1'), { target: { value: 'Mooi benoemd.' } });
    fireEvent.change(screen.getByLabelText('Eén afgesproken oefenpunt voor het volgende contact'), { target: { value: 'Begin met een reframe.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Feedback opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'ffps.saveFeedback')).toHaveLength(1));
    expect(callsOf(calls, 'ffps.saveFeedback')[0]).toMatchObject({
      noteId: NOTE,
      comments: [{ field: 'interventions', quote: '', text: 'Mooi benoemd.' }],
      principles: { krachtgericht: { score: 'ja' }, matching: { score: 'nee' }, relationeel: { score: null } },
      adherence: 4,
      competence: null,
      oefenpunt: 'Begin met een reframe.',
    });
  });

  it('marks decision language in the oefenpunt', async () => {
    fakeBackend({ 'ffps.getNote': () => note, 'cases.get': () => theCase });
    renderInApp(<FeedbackScreen id={NOTE} />);
    fireEvent.change(await screen.findByLabelText('Eén afgesproken oefenpunt voor het volgende contact'), { target: { value: 'We besluiten tot een uithuisplaatsing.' } });
    expect(await screen.findByRole('note')).toBeTruthy();
  });
});
