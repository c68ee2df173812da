// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import WerkbegeleidingScreen from './WerkbegeleidingScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import '../../i18n';
import { ApiError } from '../../../../shared/api/errors';
import { detail } from '../../../../shared/api/details';
import type { Profile, WbItem, WbUpdate } from '../../../../shared/portfolio/types';

afterEach(cleanup);

const ME: Profile = { id: '00000000-0000-4000-8000-000000000001', name: 'Bram Okafor', function: 'gezinsvoogd', organisation: 'GI Noord', skjNumber: null, periodStart: '2024-01-01', memberIds: [], ffpsNames: [] };
const item = (n: number): WbItem => ({ key: `wb:00000000-0000-4000-8000-00000000000${n}`, date: '2026-11-30', source: `Bijeenkomst ${n}`, text: `Onderwerp ${n}`, status: 'open', note: '', discussedAt: null });

describe('the werkbegeleiding notes (issue 15)', () => {
  it("show the backend's refusal under the note of that item, not in a toast, until it is changed", async () => {
    const calls = fakeBackend({
      'portfolio.me': () => ({ profile: ME }),
      'anonymiser.lexicons': () => ({ firstNames: [], surnames: [], places: [], streets: [], institutions: [] }),
      'portfolio.werkbegeleiding': () => [item(1), item(2)],
      'portfolio.updateWb': (u: WbUpdate) => {
        if (u.note.includes('Kerkstraat')) throw new ApiError('IDENTIFIER', '1 problem', [detail('note', 'identifier_in_text', 'TELEFOON 0-14', { label: 'TELEFOON' })]);
        return { ...item(2), ...u };
      },
    });
    renderInApp(<WerkbegeleidingScreen />);
    const second = within(await screen.findByRole('listitem', { name: 'Onderwerp 2' }));
    const note = second.getByRole('textbox', { name: /^Wat is afgesproken/ });
    fireEvent.change(note, { target: { value: 'Kerkstraat 12 langsgaan' } });
    fireEvent.click(second.getByRole('button', { name: 'Notitie opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'portfolio.updateWb')).toHaveLength(1));
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(note.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toMatch(/telefoonnummer/i);
    expect(second.getByText(message!.textContent!)).toBeTruthy();
    // Only that item's note: the first one is untouched.
    expect(within(screen.getByRole('listitem', { name: 'Onderwerp 1' })).getByRole('textbox').getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.toast-error')).toBeNull();
    expect(document.body.textContent).not.toMatch(/TELEFOON|note:/);

    fireEvent.change(note, { target: { value: 'Samen langsgaan' } });
    expect(note.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(second.getByRole('button', { name: 'Notitie opslaan' }));
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
  });
});
