// @vitest-environment jsdom
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { LearningForm } from './LearningForm';
import { useSession } from './useSession';
import type { TextChecks } from './checks';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { IDS, runningSession } from '../../test/fixtures';
import { ApiError } from '../../../../shared/api/errors';
import { detail } from '../../../../shared/api/details';
import type { LearningRecord } from '../../../../shared/sessions/types';

afterEach(cleanup);

const NO_CHECKS = { identifier: () => null } as unknown as TextChecks;

function Record() {
  const initial = runningSession();
  initial.learning.attendance = [{ memberId: IDS.anna, present: true, arrived: null, left: null }];
  const checks = useRef(NO_CHECKS);
  const { session, updateLearning, learningErrors } = useSession(initial, checks);
  return <LearningForm session={session} checks={NO_CHECKS} update={updateLearning} server={learningErrors} />;
}

const PHONE = 'Hier staat een telefoonnummer: haal het weg of vervang het.';
/** The backend's gate refuses a phone number in any text of the record, by its path in the request. */
function backend() {
  return fakeBackend({
    'sessions.saveLearning': ({ learning }: { learning: LearningRecord }) => {
      const texts = [
        ...(['inbrengerLearned', 'inbrengerWillTry', 'toWerkbegeleiding', 'processFeedback'] as const).map((k) => ({ path: `learning.${k}`, text: learning[k] })),
        ...learning.participantLearnings.map((p, i) => ({ path: `learning.participantLearnings.${i}.text`, text: p.text })),
      ];
      const found = texts.filter((x) => /06\d{8}/.test(x.text));
      if (found.length) throw new ApiError('IDENTIFIER', 'refused', found.map((x) => detail(x.path, 'identifier_in_text', 'TELEFOON', { label: 'TELEFOON' })));
      return { ...runningSession(), learning, hours: [] };
    },
  });
}

describe('the learning record (leerverslag) shows what the backend refuses at its field (issue 15)', () => {
  it('under the text it concerns and under the participant it is about, not in a toast; a change clears it', async () => {
    const calls = backend();
    renderInApp(<Record />);
    const learned = screen.getByRole('textbox', { name: /^Wat heb ik geleerd\?/ });
    fireEvent.change(learned, { target: { value: 'Oma bellen op 0612345678' } });
    await waitFor(() => expect(learned.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(document.getElementById(learned.getAttribute('aria-describedby') ?? '')?.textContent).toBe(PHONE);
    expect(document.querySelector('.toast')).toBeNull();
    expect(document.body.textContent).not.toMatch(/learning\.|TELEFOON/);

    fireEvent.change(learned, { target: { value: 'Oma eerder betrekken' } });
    expect(learned.getAttribute('aria-invalid')).toBeNull();
    const anna = screen.getByRole('textbox', { name: /^Anna/ });
    fireEvent.change(anna, { target: { value: 'Bel 0698765432' } });
    await waitFor(() => expect(anna.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(document.getElementById(anna.getAttribute('aria-describedby') ?? '')?.textContent).toBe(PHONE);
    expect(learned.getAttribute('aria-invalid')).toBeNull();
    expect(callsOf(calls, 'sessions.saveLearning').length).toBeGreaterThanOrEqual(2);
  });
});
