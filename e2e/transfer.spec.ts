import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { callApi } from './support/api';
import { expectAccessible } from './support/axe';

/**
 * Issue 13, "Alles exporteren / importeren": a gespreksleider exports everything from the Beveiliging
 * screen with a password for the file, moves to a new laptop (a fresh data folder), sees the preview
 * (restore: everything new), imports, and finds her leergroep and case there. On the new laptop the same
 * file then previews as "already present", and a wrong password says so in Dutch and changes nothing.
 */
const apps: RunningApp[] = [];
test.afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
});

const SCREENS = process.env.LEERTAFEL_SCREENS ?? 'test-results/transfer-screens';
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
};
const FILE_PASSWORD = 'verhuizen naar de nieuwe laptop';

async function openSecurity(page: Page, app: RunningApp) {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiliging' })).toBeVisible();
}

test('export everything, import it into a fresh installation, and the same file again changes nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const oldLaptop = await startApp(tempDataDir());
  apps.push(oldLaptop);
  const g = await callApi(oldLaptop, 'groups.save', {
    name: 'Team Verhuizing',
    description: '',
    members: ['Anna de Vries', 'Bram Okafor'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null })),
  });
  const c = await callApi(oldLaptop, 'cases.create', { format: 'mlb' });
  await callApi(oldLaptop, 'sessions.plan', {
    scriptId: 'mlb-vier-vensters',
    plan: { groupId: g.id, date: '2026-03-02', startTime: '10:00', endTime: '11:30', roles: { gespreksleider: g.members[0]!.id, inbrenger: g.members[1]!.id, notulist: null, tijdbewaker: null }, caseId: c.id, leervraag: 'Hoe blijf ik rustig?' },
  });

  // ── Export on the old laptop ──
  await openSecurity(page, oldLaptop);
  await expect(page.getByRole('heading', { name: 'Alles exporteren of importeren' })).toBeVisible();
  await page.getByLabel('Wachtwoord voor het bestand').fill(FILE_PASSWORD);
  await page.getByLabel('Herhaal het bestandswachtwoord').fill(FILE_PASSWORD);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Alles exporteren' }).click();
  const download = await downloading;
  await expect(page.getByText(/Geëxporteerd: leertafel-export-.*\.json/)).toBeVisible();
  const saved = path.join(tempDataDir('leertafel-e2e-download-'), download.suggestedFilename());
  await download.saveAs(saved);
  // The same file lies in exports/ of the data folder, and it is encrypted (no group name in it).
  const inFolder = fs.readdirSync(path.join(oldLaptop.dataDir, 'exports'));
  expect(inFolder).toEqual([download.suggestedFilename()]);
  expect(fs.readFileSync(saved, 'utf8')).toBe(fs.readFileSync(path.join(oldLaptop.dataDir, 'exports', inFolder[0]!), 'utf8'));
  expect(fs.readFileSync(saved, 'utf8')).not.toContain('Team Verhuizing');
  await expectAccessible(page, 'security-transfer');
  await shot(page, 'exported');

  // ── Import on the new laptop ──
  const newLaptop = await startApp(tempDataDir());
  apps.push(newLaptop);
  await openSecurity(page, newLaptop);
  await page.getByLabel('Exportbestand').setInputFiles(saved);
  await page.getByLabel('Wachtwoord van het bestand').fill('niet het goede wachtwoord');
  await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het wachtwoord klopt niet voor dit bestand. Er is niets veranderd.' })).toBeVisible();
  await page.getByLabel('Wachtwoord van het bestand').fill(FILE_PASSWORD);
  await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(page.getByText(/^Deze installatie heeft nog geen eigen gegevens: alles uit het bestand wordt teruggezet/)).toBeVisible();
  const row = (area: string) => page.locator(`tr[data-area="${area}"]`);
  // The built-in scripts are the same on both laptops: counted as present, not as new.
  await expect(row('scripts').locator('[data-col="identical"]')).not.toHaveText('0');
  await expect(row('scripts').locator('[data-col="new"]')).toHaveText('0');
  await expect(row('scripts').locator('[data-col="conflicts"]')).toHaveText('0');
  await expect(row('groups').locator('[data-col="new"]')).toHaveText('1');
  await expect(row('cases').locator('[data-col="new"]')).toHaveText('1');
  await expect(row('sessions').locator('[data-col="new"]')).toHaveText('1');
  expect(await callApi(newLaptop, 'groups.list', {})).toEqual([]);
  await expectAccessible(page, 'transfer-preview');
  await shot(page, 'preview-restore');
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText(/Geïmporteerd: \d+ onderdelen toegevoegd\./)).toBeVisible();
  expect((await callApi(newLaptop, 'groups.list', {})).map((x) => x.name)).toEqual(['Team Verhuizing']);
  expect((await callApi(newLaptop, 'cases.list', {})).map((x) => x.id)).toEqual([c.id]);

  // The same file once more: everything is already there.
  await page.getByLabel('Wachtwoord van het bestand').fill(FILE_PASSWORD);
  await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(page.getByText(/Regel: wat hier al staat, blijft zoals het is/)).toBeVisible();
  await expect(page.getByText('Alles uit dit bestand is hier al aanwezig. Importeren verandert niets.')).toBeVisible();
  await expect(row('groups').locator('[data-col="identical"]')).toHaveText('1');
  await expect(row('groups').locator('[data-col="new"]')).toHaveText('0');
  await shot(page, 'preview-merge');
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText('Geïmporteerd: er was niets nieuws, er is niets veranderd.')).toBeVisible();
  expect((await callApi(newLaptop, 'groups.list', {})).length).toBe(1);
});
