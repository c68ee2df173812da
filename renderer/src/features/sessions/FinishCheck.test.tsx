// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { renderInApp } from '../../test/render';
import { fakeBackend } from '../../test/fakeBackend';
import { runningSession } from '../../test/fixtures';
import { EMPTY_CANVAS, type VierVenstersCanvas } from '../../../../shared/sessions/types';
import BeamerScreen from './BeamerScreen';
import { FinishCheck } from './FinishCheck';

afterEach(cleanup);

function canvasWithDecision(): VierVenstersCanvas {
  const c = structuredClone(EMPTY_CANVAS);
  c.feiten.items.push({ text: 'K1 is 8 en zit in groep 5.', kind: 'vaststaand' });
  c.feiten.zorgen.push('We besluiten tot een uithuisplaatsing.');
  return c;
}

function Harness({ initial, finish }: { initial: VierVenstersCanvas; finish: () => void }) {
  const [canvas, setCanvas] = useState(initial);
  const [open, setOpen] = useState(true);
  return open ? <FinishCheck canvas={canvas} rephraseAll={(f) => setCanvas(f)} finish={finish} close={() => setOpen(false)} /> : <p>console</p>;
}

describe('"Afronden" with decision text nobody rephrased', () => {
  it('lists that text first; "Alles herschrijven" turns it into a suggestion before finishing', async () => {
    fakeBackend({});
    const finish = vi.fn();
    renderInApp(<Harness initial={canvasWithDecision()} finish={finish} />);
    const dialog = await screen.findByRole('dialog', { name: 'Eerst: besluittaal die niet is herschreven' });
    const items = within(dialog).getAllByRole('listitem');
    // Only the decision, with the window it stands in; the plain fact is not listed.
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toBe('Venster 2 · Feiten We besluiten tot een uithuisplaatsing.');
    expect(finish).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Alles herschrijven als suggestie' }));
    await within(dialog).findByText(/Alles is herschreven als suggestie/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afronden' }));
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('"Toch afronden" finishes with the text as it is; "Terug" finishes nothing', async () => {
    fakeBackend({});
    const finish = vi.fn();
    renderInApp(<Harness initial={canvasWithDecision()} finish={finish} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Terug naar de bijeenkomst' }));
    expect(screen.getByText('console')).toBeTruthy();
    expect(finish).not.toHaveBeenCalled();
    cleanup();
    renderInApp(<Harness initial={canvasWithDecision()} finish={finish} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Toch afronden' }));
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('finishes at once when there is nothing to list', async () => {
    fakeBackend({});
    const finish = vi.fn();
    const c = structuredClone(EMPTY_CANVAS);
    c.feiten.zorgen.push('Suggestie om mee te nemen naar werkbegeleiding: een uithuisplaatsing bespreken.');
    renderInApp(<Harness initial={c} finish={finish} />);
    await waitFor(() => expect(finish).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the beamer', () => {
  it('marks decision text nobody rephrased, and shows other canvas text as it is', async () => {
    const session = runningSession();
    session.canvas = canvasWithDecision();
    fakeBackend({ 'sessions.get': () => session });
    renderInApp(<BeamerScreen id={session.id} />);
    const marked = await screen.findByText(/We besluiten tot een uithuisplaatsing\./);
    expect(marked.closest('.bv-decision')?.textContent).toBe('besluittaal — geen besluit van deze groep We besluiten tot een uithuisplaatsing.');
    expect(screen.getByText(/K1 is 8 en zit in groep 5\./).closest('.bv-decision')).toBeNull();
  });
});
