// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInApp } from '../test/render';
import { fakeBackend } from '../test/fakeBackend';
import { useApiMutation } from '../data/mutations';
import { useToasts } from './toasts';
import { ApiError } from '../../../shared/api/errors';

afterEach(cleanup);

function SaveButton() {
  const toasts = useToasts();
  const save = useApiMutation('settings.update', { onSuccess: () => toasts.show({ kind: 'info', text: 'Wijzigingen opgeslagen.' }) });
  return (
    <button type="button" onClick={() => save.mutate({ locale: 'nl' })}>
      Opslaan
    </button>
  );
}

describe('toasts', () => {
  it('a success clears the error toast of the write it answers', async () => {
    let fail = true;
    fakeBackend({
      'settings.update': () => {
        if (fail) throw new ApiError('INTERNAL', 'disk full');
        return { locale: 'nl' };
      },
    });
    renderInApp(<SaveButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Er ging iets mis.'));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Wijzigingen opgeslagen.');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
