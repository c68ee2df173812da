// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TransferPanel } from './TransferPanel';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import '../../i18n';
import type { TransferOutcome, TransferPreview } from '../../../../shared/transfer/types';

afterEach(cleanup);

const PREVIEW: TransferPreview = {
  mode: 'merge',
  createdAt: '2026-12-01T10:00:00.000Z',
  appVersion: '0.1.0',
  schemaVersion: 11,
  areas: [
    { area: 'cases', new: 2, identical: 1, conflicts: 0 },
    { area: 'groups', new: 0, identical: 1, conflicts: 1 },
    { area: 'notices', new: 0, identical: 0, conflicts: 0 },
  ],
};

describe('Alles exporteren / importeren', () => {
  it('asks for the file password twice before exporting', async () => {
    const calls = fakeBackend({ 'transfer.export': () => ({ fileName: 'x.json', relativePath: 'exports/x.json', bytes: 10, content: '{}' }) });
    renderInApp(<TransferPanel />);
    fireEvent.change(await screen.findByLabelText('Wachtwoord voor het bestand'), { target: { value: 'een lang wachtwoord' } });
    fireEvent.change(screen.getByLabelText('Herhaal het bestandswachtwoord'), { target: { value: 'een ander wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Alles exporteren' }));
    expect(await screen.findByText('De wachtwoorden zijn niet gelijk.')).toBeTruthy();
    expect(callsOf(calls, 'transfer.export')).toEqual([]);
  });

  it('shows a refusal in its own words, then the preview with the rule, and imports only after confirming', async () => {
    const answers: TransferOutcome[] = [{ status: 'refused', reason: 'tampered' }, { status: 'preview', preview: PREVIEW }];
    const calls = fakeBackend({
      'transfer.preview': () => answers.shift(),
      'transfer.import': () => ({ status: 'imported', preview: PREVIEW }),
    });
    renderInApp(<TransferPanel />);
    const preview = await screen.findByRole('button', { name: 'Bekijk wat er verandert' });
    expect(screen.getByText('Vul eerst het wachtwoord van het bestand in.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Of: bestandsnaam in exports/'), { target: { value: 'leertafel-export.json' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord van het bestand'), { target: { value: 'geheim' } });
    fireEvent.click(preview);
    expect((await screen.findByRole('alert')).textContent).toContain('Het bestand is na het exporteren veranderd of beschadigd');

    fireEvent.click(screen.getByRole('button', { name: 'Bekijk wat er verandert' }));
    expect(await screen.findByText(/^Regel: wat hier al staat, blijft zoals het is/)).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Casussen' })).toBeTruthy();
    // Areas the file has nothing of are left out.
    expect(within(table).queryByRole('rowheader', { name: 'Meldingen' })).toBeNull();
    expect(callsOf(calls, 'transfer.import')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText('Geïmporteerd: 2 onderdelen toegevoegd.')).toBeTruthy();
    await waitFor(() => expect(callsOf(calls, 'transfer.import')).toEqual([{ password: 'geheim', file: 'leertafel-export.json' }]));
    expect(callsOf(calls, 'transfer.preview')).toHaveLength(2);
  });
});

describe('the export file is chosen in the UI language (issue 15)', () => {
  it("hides the browser's file control behind a Dutch button that names the chosen file", async () => {
    fakeBackend({});
    renderInApp(<TransferPanel />);
    const input = await screen.findByLabelText('Exportbestand');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.className).toContain('visually-hidden');
    const button = screen.getByRole('button', { name: 'Kies een bestand…' });
    expect(button.closest('.file-picker')?.contains(input)).toBe(true);
    fireEvent.change(input, { target: { files: [new File(['{}'], 'leertafel-export-2026-12-01.json', { type: 'application/json' })] } });
    expect(await screen.findByText('leertafel-export-2026-12-01.json')).toBeTruthy();
  });
});
