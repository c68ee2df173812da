// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { CheckWords } from './CheckWords';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { ApiError } from '../../../../shared/api/errors';
import { detail } from '../../../../shared/api/details';
import type { CheckWord } from '../../../../shared/sos/types';

afterEach(cleanup);

/** The backend's gate refuses a phone number in the explanation (as sos.addCheckWord does). */
function backend() {
  const words: CheckWord[] = [];
  return fakeBackend({
    'sos.checkWords': () => words,
    'sos.addCheckWord': (w: CheckWord) => {
      if (/\d{6,}/.test(w.explanation)) throw new ApiError('IDENTIFIER', '1 problem', [detail('explanation', 'identifier_in_text', 'TELEFOON 4-14', { label: 'TELEFOON' })]);
      words.push(w);
      return words;
    },
  });
}

describe('the check words form (issue 15)', () => {
  it("shows the backend's refusal under the field it concerns, not in a toast, and a success clears it", async () => {
    const calls = backend();
    renderInApp(<CheckWords />);
    fireEvent.change(await screen.findByLabelText('Woord'), { target: { value: 'multiprobleem' } });
    const explanation = screen.getByRole('textbox', { name: /^Uitleg bij de hint/ });
    fireEvent.change(explanation, { target: { value: 'bel 0612345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Woord toevoegen' }));
    const message = await screen.findByText('Hier staat een telefoonnummer: haal het weg of vervang het.');
    expect(explanation.getAttribute('aria-invalid')).toBe('true');
    expect(explanation.getAttribute('aria-describedby')).toBe(message.id);
    await waitFor(() => expect(document.activeElement).toBe(explanation));
    expect(screen.getByLabelText('Woord').getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.toast')).toBeNull();
    expect(document.body.textContent).not.toMatch(/explanation|TELEFOON/);

    fireEvent.change(explanation, { target: { value: 'Beschrijf wat er gebeurde' } });
    expect(screen.queryByText(/telefoonnummer/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Woord toevoegen' }));
    await waitFor(() => expect(callsOf(calls, 'sos.addCheckWord')).toHaveLength(2));
    await screen.findByText('multiprobleem');
    expect(explanation.getAttribute('aria-invalid')).toBeNull();
  });

  it('words the refusal in English when the UI is English', async () => {
    await i18n.changeLanguage('en');
    try {
      backend();
      renderInApp(<CheckWords />);
      fireEvent.change(await screen.findByLabelText('Word'), { target: { value: 'multiproblem' } });
      fireEvent.change(screen.getByRole('textbox', { name: /^Explanation shown/ }), { target: { value: 'call 0612345678' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add word' }));
      expect(await screen.findByText(/phone number/i)).toBeTruthy();
      expect(document.querySelector('.toast')).toBeNull();
    } finally {
      await i18n.changeLanguage('nl');
    }
  });
});
