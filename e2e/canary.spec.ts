import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { scanForCanaries } from './support/scan';

/**
 * The privacy guarantee, proven: identifying text typed or pasted into Leertafel never reaches disk —
 * not the database, its WAL or SHM, backups, exports, logs, nor the browser profile. The canaries are
 * invented and unusual, so any byte-level occurrence anywhere is a leak.
 */
const CANARIES = {
  name: 'Xandravelia',
  surname: 'Quormby',
  bsn: '123456782',
  phone: '06-98765432',
  street: 'Vlonderkade',
  postcode: '3316 GK',
  email: 'x.quormby@voorbeeldmail.nl',
  birthDate: '14-03-2016',
  school: 'Klimopranker',
};
const TYPED = 'Huisbezoek bij mw. Xandravelia Quormby en haar zoon. ';
const PASTED =
  'Geboortedatum van de zoon: 14-03-2016. BSN 123456782. Adres: Vlonderkade 17b, 3316 GK Dordrecht. ' +
  'Telefoon 06-98765432, e-mail x.quormby@voorbeeldmail.nl. De zoon zit op basisschool De Klimopranker. ' +
  'Xandravelia vertelt dat het beter gaat.';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

async function resolveAll(page: Page, personPseudonym: string) {
  const status = page.getByRole('status').filter({ hasText: /bevinding|opgelost/ });
  for (let i = 0; i < 30; i++) {
    if ((await status.textContent())?.includes('Alles opgelost')) return;
    const active = page.locator('.finding-active');
    const label = await active.locator('.label').textContent();
    if (label === 'naam') {
      await page.keyboard.press('Alt+KeyP');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(personPseudonym);
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Alt+KeyA');
    }
    await page.waitForTimeout(100);
  }
  throw new Error('findings did not resolve');
}

test('no canary reaches disk: database, WAL, backups, exports, logs or browser profile', async () => {
  test.setTimeout(120_000);
  const dataDir = tempDataDir('leertafel-canary-data-');
  const profileDir = tempDataDir('leertafel-canary-profile-');
  app = await startApp(dataDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions(),
    acceptDownloads: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(app.url);

  // A new case with one person on the roster.
  await page.getByRole('button', { name: 'Casussen', exact: true }).click();
  await page.getByRole('button', { name: '+ Nieuwe casus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Casus / })).toBeVisible();
  await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
  await page.getByLabel('Rol 1').fill('moeder');
  await page.getByLabel('Pseudoniem 1').fill('Moeder');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.')).toBeVisible();

  // Type part of the note and paste the rest, then resolve every finding with the keyboard only.
  await page.getByRole('button', { name: 'Aantekeningen schrijven of plakken' }).click();
  const text = page.getByLabel('Tekst', { exact: true });
  await text.focus();
  await page.keyboard.type(TYPED);
  await page.evaluate((t) => navigator.clipboard.writeText(t), PASTED);
  await page.keyboard.press('Control+V');
  await expect(text).toHaveValue(TYPED + PASTED);
  await expect(page.getByRole('status').filter({ hasText: 'bevindingen open' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  await resolveAll(page, 'Moeder');
  const anonymised = await text.inputValue();
  for (const c of Object.values(CANARIES)) expect(anonymised).not.toContain(c);
  await page.keyboard.press('Control+S');
  await expect(page.getByText('Geanonimiseerde aantekeningen opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^Casus / })).toBeVisible();

  // Edit again: the name is typed anew and recognised from the case's keyed hashes.
  await page.getByRole('button', { name: 'Aantekeningen bewerken' }).click();
  await text.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Later belde Xandravelia nog even.');
  await expect(page.locator('.finding-active')).toContainText('Xandravelia');
  await expect(page.getByText('Eerder in deze casus zo opgelost.')).toBeVisible();
  await page.keyboard.press('Alt+KeyA');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgelost' })).toBeVisible();
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('heading', { level: 1, name: /^Casus / })).toBeVisible();
  await expect(page.locator('.md')).toContainText('Later belde Moeder nog even.');

  // Export for a supervisor, into the data folder so the scan covers it.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren (.md)' }).click();
  const download = await downloadPromise;
  const exportPath = path.join(dataDir, 'exports', download.suggestedFilename());
  await download.saveAs(exportPath);
  expect(fs.readFileSync(exportPath, 'utf8')).toContain('Moeder');

  // Close the app and the browser, then look at every byte they left behind.
  await context.close();
  await app.stop();
  app = null;
  const scan = scanForCanaries([dataDir, profileDir], Object.values(CANARIES));
  expect(scan.filesScanned).toBeGreaterThan(10);
  expect(fs.existsSync(path.join(dataDir, 'leertafel.db'))).toBe(true);
  expect(scan.hits, 'canaries found on disk').toEqual([]);

  // Negative control: a canary stored on purpose, through a test-only path, in the database and in the
  // browser profile, is found by the very same scan — so the scan looks in the right places.
  const db = new Database(path.join(dataDir, 'leertafel.db'));
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('negative-control', JSON.stringify(CANARIES.surname));
  db.close();
  const control = await chromium.launchPersistentContext(profileDir, chromiumLaunchOptions());
  app = await startApp(dataDir);
  const controlPage = control.pages()[0] ?? (await control.newPage());
  await controlPage.goto(app.url);
  await controlPage.evaluate((c) => localStorage.setItem('negative-control', c), CANARIES.name);
  await control.close();
  await app.stop();
  app = null;
  const again = scanForCanaries([dataDir, profileDir], Object.values(CANARIES));
  expect(again.hits.some((h) => h.canary === CANARIES.surname && h.file.startsWith(dataDir))).toBe(true);
  expect(again.hits.some((h) => h.canary === CANARIES.name && h.file.startsWith(profileDir))).toBe(true);
});
