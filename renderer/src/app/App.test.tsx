// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import '../i18n';
import { App } from './App';
import { fakeBackend } from '../test/fakeBackend';
import { group, IDS, runningSession } from '../test/fixtures';
import { waitFor } from '@testing-library/react';

// Screens load on demand (lazy imports): on a busy machine that can take longer than findBy's default second.
const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
const nav = (name: string) => fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name }));
const altArrow = (key: 'ArrowLeft' | 'ArrowRight') => fireEvent.keyDown(document.body, { key, code: key, altKey: true });

beforeEach(() => {
  window.scrollTo = () => {};
  window.history.replaceState(null, '', '/');
  fakeBackend({
    'scripts.list': () => [],
    'cases.list': () => [],
    'groups.list': () => [{ id: IDS.group, name: group.name, description: '', memberCount: 2, nextSession: null, sessionCount: 0 }],
    'groups.get': () => group,
    'sessions.list': () => [],
    'home.overview': ({ today }: { today: string }) => ({ today, upcoming: [], retentionSoon: [], reflectionsToWrite: [], werkbegeleiding: [], ffpsInbox: [] }),
  });
});
afterEach(cleanup);

describe('the router', () => {
  it('goes back and forward: the browser buttons and Alt+← / Alt+→', async () => {
    render(<App />);
    await heading('Overzicht');
    nav('Scriptbibliotheek');
    await heading('Scriptbibliotheek');
    nav('Leergroepen');
    await heading('Leergroepen');
    expect(window.location.hash).toBe('#/groups');
    nav('Casussen');
    await heading('Casussen');

    await act(async () => window.history.back());
    await heading('Leergroepen');
    altArrow('ArrowLeft');
    await heading('Scriptbibliotheek');
    altArrow('ArrowRight');
    await heading('Leergroepen');
    await act(async () => window.history.forward());
    await heading('Casussen');
  });

  it('shows the same screen after a reload', async () => {
    const first = render(<App />);
    await heading('Overzicht');
    nav('Leergroepen');
    fireEvent.click(await screen.findByRole('button', { name: /Team Noord/ }));
    await heading('Team Noord');
    expect(window.location.hash).toBe(`#/groups/${IDS.group}`);
    // A reload: the page starts again from its address.
    first.unmount();
    render(<App />);
    await heading('Team Noord');
  });

  it('lets a screen with unsaved work hold the way out, also for Back', async () => {
    window.history.replaceState(null, '', '/#/groups');
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /Team Noord/ }));
    fireEvent.change(await screen.findByLabelText('Naam van de groep'), { target: { value: 'Team Zuid' } });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '+ Bijeenkomst plannen' })).toHaveProperty('disabled', true));
    altArrow('ArrowLeft');
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(window.location.hash).toBe(`#/groups/${IDS.group}`);
    expect(screen.getByLabelText('Naam van de groep')).toHaveProperty('value', 'Team Zuid');
    confirm.mockReturnValue(true);
    nav('Scriptbibliotheek');
    await heading('Scriptbibliotheek');
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});

describe('the main menu', () => {
  const marked = () => within(screen.getByRole('navigation')).queryAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'page').map((b) => b.textContent);

  it.each([
    ['sos', 'Trainingen'],
    ['ffps', 'FFPS'],
    ['mlb', 'Leergroepen'],
  ] as const)('marks a bijeenkomst of werkvorm %s under %s, not always under Leergroepen', async (format, item) => {
    const session = runningSession();
    session.script = { ...session.script, format };
    fakeBackend({ 'sessions.get': () => session, 'groups.list': () => [], 'cases.list': () => [], 'sessions.list': () => [] });
    window.history.replaceState(null, '', `/#/sessions/${session.id}`);
    render(<App />);
    await waitFor(() => expect(marked()).toEqual([item]), { timeout: 5000 });
  });
});
