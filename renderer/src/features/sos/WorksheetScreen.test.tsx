// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import WorksheetScreen from './WorksheetScreen';
import { ApiError } from '../../../../shared/api/errors';
import { detail } from '../../../../shared/api/details';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import type { Worksheet, WorksheetSave } from '../../../../shared/sos/types';
import { SupervisionPanel, tabFor } from './SupervisionPanel';
import { runningSession } from '../../test/fixtures';
import { emptySupervision, type Supervision } from '../../../../shared/sos/types';

afterEach(cleanup);

const SHEET = '00000000-0000-4000-8000-0000000000f1';
const CASE = '00000000-0000-4000-8000-0000000000c1';
const sheet: Worksheet = {
  id: SHEET,
  kind: 'statements',
  caseId: CASE,
  caseCodeName: 'Casus Zeester',
  trajectId: null,
  moduleId: null,
  title: 'Oefening',
  body: { kind: 'statements', dangers: [], goals: [], bottomLines: [] },
  createdAt: '2026-11-30T12:00:00.000Z',
  updatedAt: '2026-11-30T12:00:00.000Z',
};
const theCase = { id: CASE, codeName: 'Casus Zeester', format: 'sos', retentionUntil: '2027-01-01', people: [{ id: '00000000-0000-4000-8000-0000000000e1', role: 'meisje, 8', pseudonym: 'K1' }], timeline: [], notes: '' };

describe('the danger statement builder', () => {
  it('explains a jargon hint, drops it once the text describes behaviour with impact, and saves the improved text', async () => {
    const calls = fakeBackend({
      'sos.getWorksheet': () => sheet,
      'cases.get': () => theCase,
      'sos.checkWords': () => [],
      'sos.saveWorksheet': (w: WorksheetSave) => ({ ...sheet, ...w }),
    });
    renderInApp(<WorksheetScreen id={SHEET} />);
    expect(await screen.findByRole('note')).toBeTruthy();
    expect(screen.getByText(/geen besluit over een gezin/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gevaarsituatie toevoegen' }));
    fireEvent.change(screen.getByLabelText('Wie maakt zich zorgen?'), { target: { value: 'De jeugdbeschermer' } });
    fireEvent.change(screen.getByLabelText('Over welk concreet gedrag uit het verleden?'), { target: { value: 'Er is sprake van verwaarlozing' } });
    const jargon = document.querySelector('[data-hint="jargon"]');
    expect(jargon?.textContent).toContain('verwaarlozing');
    expect(jargon?.textContent).toContain('Beschrijf wat er gebeurde');
    expect(document.querySelector('[data-hint="no-impact"]')).not.toBeNull();

    fireEvent.change(screen.getByLabelText('Over welk concreet gedrag uit het verleden?'), { target: { value: 'Moeder liet K1 twee nachten alleen' } });
    fireEvent.change(screen.getByLabelText('Wat betekent het voor het kind als er niets verandert?'), { target: { value: 'K1 blijft bang' } });
    expect(document.querySelectorAll('.sos-hints li')).toHaveLength(0);
    await waitFor(() => expect(callsOf(calls, 'sos.saveWorksheet').length).toBeGreaterThan(0), { timeout: 3000 });
    const last = callsOf(calls, 'sos.saveWorksheet').at(-1) as WorksheetSave;
    expect(last.body).toMatchObject({ kind: 'statements', dangers: [{ who: 'De jeugdbeschermer', behaviour: 'Moeder liet K1 twee nachten alleen', impact: 'K1 blijft bang' }] });
  });
});

describe('group supervision follows the script', () => {
  const blocks = (sections: Array<string | null>, titles: string[]) => sections.map((section, i) => ({ title: titles[i] ?? `Blok ${i}`, minutes: 5, section, instruction: '', prompts: [] }));
  const at = (blockIndex: number, b: ReturnType<typeof blocks>) => ({ script: { blocks: b }, run: { blockIndex } }) as unknown as Parameters<typeof tabFor>[0];
  it('opens the map, the statements, the scale or the close by the block', () => {
    const b = blocks([null, 'zorgen', 'wat-moet-er-gebeuren', 'schaal', null, null], ['Opening', 'Zorgen', 'Gevaar', 'Schaal', 'Vragen', 'Waarderende afsluiting']);
    expect([0, 1, 2, 3, 4, 5].map((i) => tabFor(at(i, b)))).toEqual(['map', 'map', 'statements', 'scale', 'map', 'close']);
  });
});

describe("a worksheet shows the backend's refusal at its field (issue 15)", () => {
  it('under the danger statement text it concerns, not in a toast; a change clears it', async () => {
    const calls = fakeBackend({
      'sos.getWorksheet': () => sheet,
      'cases.get': () => theCase,
      'sos.checkWords': () => [],
      'sos.saveWorksheet': (w: WorksheetSave) => {
        if (w.body.kind === 'statements' && w.body.dangers[0]?.behaviour.includes('Kerkstraat')) {
          throw new ApiError('UNRESOLVED', 'refused', [detail('body.dangers.0.behaviour', 'identifier_in_text', 'ADRES', { label: 'TELEFOON' })]);
        }
        return { ...sheet, ...w };
      },
    });
    renderInApp(<WorksheetScreen id={SHEET} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gevaarsituatie toevoegen' }));
    const behaviour = screen.getByRole('textbox', { name: /^Over welk concreet gedrag uit het verleden\?/ });
    fireEvent.change(behaviour, { target: { value: 'Moeder liet K1 alleen aan de Kerkstraat' } });
    await waitFor(() => expect(behaviour.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(document.getElementById(behaviour.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Hier staat een telefoonnummer: haal het weg of vervang het.');
    expect(screen.getByRole('textbox', { name: /^Wat betekent het voor het kind/ }).getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.toast')).toBeNull();
    expect(document.body.textContent).not.toMatch(/body\.|dangers/);

    fireEvent.change(behaviour, { target: { value: 'Moeder liet K1 twee nachten alleen' } });
    expect(behaviour.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(callsOf(calls, 'sos.saveWorksheet').length).toBeGreaterThanOrEqual(2), { timeout: 3000 });
  });
});

describe("group supervision shows the backend's refusal at its field (issue 15)", () => {
  it('under the close question it concerns and under the map list of a refused item, not in a toast', async () => {
    const s = runningSupervisionSession();
    const initial = { ...emptySupervision(), map: { ...emptySupervision().map, harm: ['', 'Vader sloeg de deur dicht'] } };
    fakeBackend({
      'sos.getSupervision': () => initial,
      'sos.checkWords': () => [],
      'sos.saveSupervision': ({ supervision }: { supervision: Supervision }) => {
        if (supervision.close.wentWell.includes('Kerkstraat')) {
          throw new ApiError('UNRESOLVED', 'refused', [detail('close.wentWell', 'identifier_in_text', 'x', { label: 'TELEFOON' }), detail('map.harm.0', 'identifier_in_text', 'x', { label: 'TELEFOON' })]);
        }
        return supervision;
      },
    });
    renderInApp(<SupervisionPanel session={s} pseudonyms={[]} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Waarderende afsluiting' }));
    const wentWell = screen.getByRole('textbox', { name: /^Wat ging er goed in jouw werk met dit gezin\?/ });
    fireEvent.change(wentWell, { target: { value: 'Het gesprek aan de Kerkstraat' } });
    await waitFor(() => expect(wentWell.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(document.getElementById(wentWell.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Hier staat een telefoonnummer: haal het weg of vervang het.');
    expect(document.querySelector('.toast')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Kaart' }));
    expect(document.getElementById('supervision-body-harm-error')?.textContent).toBe('Hier staat een telefoonnummer: haal het weg of vervang het.');
    expect(document.body.textContent).not.toMatch(/map\.harm|close\./);
  });
});

/** A Signs of Safety bijeenkomst on its first block. */
function runningSupervisionSession() {
  const s = runningSession();
  s.script = { ...s.script, canvas: 'signs-of-safety', blocks: [{ title: 'Opening', minutes: 5, section: null, instruction: '', prompts: [] }] };
  s.run = { ...s.run, blockIndex: 0 };
  return s;
}
