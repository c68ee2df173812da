// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ChangePassword, IdleMinutes, UnencryptedCopies } from './SecurityScreen';
import { LockContext } from './context';
import { IdentityPanel } from '../ffps/FfpsScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { ApiError } from '../../../../shared/api/errors';

afterEach(cleanup);

describe('the security forms show what the backend refuses at the form (issue 15)', () => {
  it('a new password the backend refuses: the message under "Nieuw wachtwoord", not in a toast; a failure without a field in the form notice', async () => {
    let answer: 'field' | 'internal' | 'ok' = 'field';
    const calls = fakeBackend({
      'lock.changePassword': () => {
        if (answer === 'field') throw new ApiError('VALIDATION', 'next', [{ path: 'next', message: 'hoogstens 10 tekens', issue: { code: 'too_big.string', params: { maximum: 10 } } }]);
        if (answer === 'internal') throw new ApiError('INTERNAL', 'disk full');
        return { changed: true };
      },
    });
    renderInApp(<ChangePassword />);
    fireEvent.change(await screen.findByLabelText('Huidig wachtwoord'), { target: { value: 'oud wachtwoord 1' } });
    const next = screen.getByLabelText('Nieuw wachtwoord');
    fireEvent.change(next, { target: { value: 'een nieuw wachtwoord' } });
    fireEvent.change(screen.getByLabelText('Herhaal het wachtwoord'), { target: { value: 'een nieuw wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    await waitFor(() => expect(next.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(next.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Hoogstens 10 tekens/i);
    expect(document.querySelector('.toast')).toBeNull();
    expect(document.body.textContent).not.toContain('next');

    answer = 'internal';
    fireEvent.change(next, { target: { value: 'nog een wachtwoord' } });
    fireEvent.change(screen.getByLabelText('Herhaal het wachtwoord'), { target: { value: 'nog een wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    const notice = await waitFor(() => {
      const n = document.querySelector('.form-notice');
      expect(n).not.toBeNull();
      return n!;
    });
    expect(notice.getAttribute('role')).toBe('alert');
    expect(document.querySelector('.toast')).toBeNull();

    answer = 'ok';
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(await screen.findByText('Je wachtwoord is gewijzigd.')).toBeTruthy();
    expect(document.querySelector('.form-notice')).toBeNull();
    expect(callsOf(calls, 'lock.changePassword')).toHaveLength(3);
  });

  it('idle minutes the backend refuses: the message under the minutes, gone when they change', async () => {
    fakeBackend({
      'settings.get': () => ({ locale: 'nl', idleLockMinutes: 15 }),
      'settings.update': () => {
        throw new ApiError('VALIDATION', 'idle', [{ path: 'idleLockMinutes', message: 'te groot', issue: { code: 'too_big.number', params: { maximum: 30 } } }]);
      },
    });
    renderInApp(<IdleMinutes />);
    const minutes = await screen.findByLabelText(/^Vergrendel na zoveel minuten/);
    await waitFor(() => expect(minutes).toHaveProperty('value', '15'));
    fireEvent.change(minutes, { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(minutes.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(minutes.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/30/);
    expect(document.querySelector('.toast')).toBeNull();
    fireEvent.change(minutes, { target: { value: '20' } });
    expect(minutes.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('my name on FFPS notes (a setting) shows a refusal under the name (issue 15)', () => {
  it('under the field, not in a toast; gone when the name changes', async () => {
    fakeBackend({
      'settings.get': () => ({ locale: 'nl', displayName: 'Sanne' }),
      'exchange.identity': () => ({ fingerprint: 'AB12' }),
      'settings.update': () => {
        throw new ApiError('VALIDATION', 'name', [{ path: 'displayName', message: 'één regel', issue: { code: 'too_big.string', params: { maximum: 100 } } }]);
      },
    });
    renderInApp(<IdentityPanel />);
    const name = await screen.findByRole('textbox', { name: /^Je naam op case-notes en feedback/ });
    await waitFor(() => expect(name).toHaveProperty('value', 'Sanne'));
    fireEvent.change(name, { target: { value: 'Sanne de Vries' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/100/);
    expect(document.querySelector('.toast')).toBeNull();
    fireEvent.change(name, { target: { value: 'Sanne V.' } });
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('removing the unencrypted copy after set-up', () => {
  it('a failure is said at the button, in the form notice, and the copy is still offered (before, nothing showed)', async () => {
    let fail = true;
    fakeBackend({
      'lock.discardUnencrypted': () => {
        if (fail) throw new ApiError('INTERNAL', 'EBUSY: resource busy or locked');
        return { removed: 1 };
      },
    });
    const status = { state: 'unlocked', failure: null, unencryptedBackups: 1, encryptsExisting: false } as const;
    renderInApp(
      <LockContext.Provider value={{ status, lockNow: async () => {}, refresh: async () => {} }}>
        <UnencryptedCopies />
      </LockContext.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /verwijder de onversleutelde kopie/ }));
    const notice = await waitFor(() => {
      const n = document.querySelector('.form-notice');
      expect(n).not.toBeNull();
      return n!;
    });
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).not.toContain('EBUSY');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: /verwijder de onversleutelde kopie/ }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(document.querySelector('.form-notice')).toBeNull();
  });
});
