// @vitest-environment jsdom
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Route, Routes, MemoryRouter, useNavigate } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import '../../i18n';
import { useDebouncedSave, type DebouncedSave } from './useDebouncedSave';
import ConsoleScreen from './ConsoleScreen';
import { createQueryClient } from '../../data/client';
import { PendingInputsProvider } from '../../ui/pendingInputs';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { IDS, runningSession } from '../../test/fixtures';
import type { VierVenstersCanvas } from '../../../../shared/sessions/types';

afterEach(cleanup);

function Saver({ save, expose }: { save: (v: string) => Promise<unknown>; expose: (s: DebouncedSave<string>) => void }) {
  const saver = useDebouncedSave(save, 600);
  useEffect(() => {
    expose(saver);
  });
  return <p>{saver.state}</p>;
}

describe('the debounced saver', () => {
  it('saves a change still waiting when the screen closes, once', () => {
    const save = vi.fn(() => Promise.resolve());
    let saver!: DebouncedSave<string>;
    const { unmount } = render(<Saver save={save} expose={(s) => (saver = s)} />);
    act(() => saver.schedule('oma is betrokken', false));
    expect(save).not.toHaveBeenCalled();
    unmount();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('oma is betrokken');
  });

  it('saves at once what arrives while the screen is closing, and never a blocked value', () => {
    const save = vi.fn(() => Promise.resolve());
    let saver!: DebouncedSave<string>;
    const { unmount } = render(<Saver save={save} expose={(s) => (saver = s)} />);
    act(() => saver.schedule('Fatima Yilmaz', true));
    unmount();
    expect(save).not.toHaveBeenCalled();
    saver.schedule('oma is betrokken', false);
    expect(save).toHaveBeenCalledWith('oma is betrokken');
  });

  it('saves after the delay, only the last value', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn(() => Promise.resolve());
      let saver!: DebouncedSave<string>;
      render(<Saver save={save} expose={(s) => (saver = s)} />);
      act(() => {
        saver.schedule('o', false);
        saver.schedule('oma', false);
      });
      act(() => vi.advanceTimersByTime(599));
      expect(save).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(1));
      expect(save.mock.calls).toEqual([['oma']]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the console canvas', () => {
  const savedCanvases = (calls: ReturnType<typeof fakeBackend>) => callsOf(calls, 'sessions.saveCanvas').map((i) => (i as { canvas: VierVenstersCanvas }).canvas);

  function renderConsole() {
    const session = runningSession();
    const calls = fakeBackend({
      'sessions.get': () => session,
      'sessions.saveRun': (i: { run: typeof session.run }) => ((session.run = i.run), session),
      'sessions.saveCanvas': (i: { canvas: VierVenstersCanvas }) => ((session.canvas = i.canvas), session),
      'anonymiser.lexicons': () => {
        throw new Error('no lexicons in this test');
      },
    });
    let go!: (to: string) => void;
    function Nav() {
      const navigate = useNavigate();
      go = (to) => void navigate(to);
      return null;
    }
    render(
      <QueryClientProvider client={createQueryClient(() => {})}>
        <MemoryRouter initialEntries={['/console']}>
          <PendingInputsProvider>
            <Nav />
            <Routes>
              <Route path="/console" element={<ConsoleScreen id={IDS.session} />} />
              <Route path="/elders" element={<p>Elders</p>} />
            </Routes>
          </PendingInputsProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return { calls, go: (to: string) => go(to) };
  }

  it('keeps "oma is betrokken" typed in Krachten across Volgende → Vorige, and saves it', async () => {
    const { calls } = renderConsole();
    const field = await screen.findByLabelText('Krachten: nieuw punt');
    field.focus();
    fireEvent.change(field, { target: { value: 'oma is betrokken' } });
    // Alt+→ with the text still in the field (no Enter, no blur), then Alt+←.
    fireEvent.keyDown(field, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Weging' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', code: 'ArrowLeft', altKey: true });
    expect(await screen.findByLabelText('Krachten 1')).toHaveProperty('value', 'oma is betrokken');
    await vi.waitFor(() => expect(savedCanvases(calls).at(-1)?.feiten.krachten).toEqual(['oma is betrokken']), { timeout: 3000 });
  });

  it('saves the canvas when the console closes before the autosave delay', async () => {
    const { calls, go } = renderConsole();
    fireEvent.change(await screen.findByLabelText('Zorgen: nieuw punt'), { target: { value: 'K1 verzuimt' } });
    fireEvent.keyDown(screen.getByLabelText('Zorgen: nieuw punt'), { key: 'Enter' });
    expect(savedCanvases(calls)).toEqual([]);
    await act(async () => go('/elders'));
    await screen.findByText('Elders');
    // At once, not when the 600 ms autosave delay would have run out.
    await vi.waitFor(() => expect(savedCanvases(calls).at(-1)?.feiten.zorgen).toEqual(['K1 verzuimt']), { timeout: 300, interval: 10 });
  });
});
