import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TEST_PASSWORD, startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { api, seedGroup, seedSession } from './support/seed';
import { LockPage } from './pages/lock';
import { ConsolePage } from './pages/console';

/**
 * Issue 12, the rest end to end in Chromium: Back-up maken and restore with a preview, a password change,
 * the idle lock during a running bijeenkomst (it holds on the console; Ctrl+L locks and the run resumes), and
 * a damaged database at start that restores the newest good backup. Recovery-key unlock: e2e/lock.spec.ts.
 */
const SCREENS = process.env.LEERTAFEL_SCREENS ?? path.join('test-results', 'backup-screens');
const shot = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
};
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const amsterdamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

async function openSecurity(page: Page) {
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  await expect(h1(page, 'Beveiliging')).toBeVisible();
}

test('Back-up maken writes an encrypted file in backups/, and restoring it shows a preview first and keeps a safety copy', async ({ page }) => {
  test.setTimeout(180_000);
  app = await startApp(tempDataDir('leertafel-backup-'));
  await api(app.url, 'cases.create', { format: 'mlb' });
  await page.goto(app.url);
  await openSecurity(page);
  const section = page.locator('.backups-section');
  await expect(section.getByRole('heading', { level: 2, name: 'Back-ups' })).toBeVisible();
  // The daily backup, written when the app was unlocked.
  await expect(section.getByRole('cell', { name: 'Dagelijks' })).toBeVisible();

  await section.getByRole('button', { name: 'Back-up maken' }).click();
  const made = section.getByText(/^Back-up gemaakt: /);
  await expect(made).toBeVisible();
  const file = ((await made.textContent()) ?? '').replace(/^Back-up gemaakt: /, '');
  expect(path.dirname(file)).toBe(path.join(app.dataDir, 'backups'));
  expect(path.basename(file)).toMatch(/^leertafel-handmatig-.*\.db$/);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);
  await expect(section.getByRole('cell', { name: 'Handmatig' })).toBeVisible();

  // After the backup a second case: restoring the backup takes it away again.
  await api(app.url, 'cases.create', { format: 'mlb' });
  expect(await api(app.url, 'cases.list', {})).toHaveLength(2);
  await section.locator('tr', { has: page.getByRole('cell', { name: 'Handmatig' }) }).getByRole('button', { name: /Bekijken/ }).click();
  const preview = page.locator('.backup-preview');
  await expect(preview.getByRole('heading', { level: 3, name: /^Back-up van / })).toBeVisible();
  await expect(preview.locator('[data-count="cases"]')).toHaveText('1');
  await expect(preview.locator('[data-count="sessions"]')).toHaveText('0');
  await expect(preview.locator('[data-count="reflections"]')).toHaveText('0');
  expect(Number(await preview.locator('[data-count="scripts"]').textContent())).toBeGreaterThan(0);
  await expect(preview.getByText(/Eerst maakt Leertafel een veiligheidskopie/)).toBeVisible();
  await expectAccessible(page, 'backup preview');
  await shot(page, 'backup-preview');

  await preview.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByText(/^De back-up is teruggezet\. De stand van daarvoor staat in de veiligheidskopie leertafel-voor-herstel-/)).toBeVisible();
  expect(await api(app.url, 'cases.list', {})).toHaveLength(1);
  await expect(section.getByRole('cell', { name: 'Vóór terugzetten' })).toBeVisible();
  await shot(page, 'backup-restored');
  // The safety copy holds the state from before: two cases.
  const list = await api(app.url, 'backup.list', {});
  const safety = list.backups.find((b) => b.kind === 'safety')!;
  expect((await api(app.url, 'backup.preview', { name: safety.name })).counts.cases).toBe(2);
});

test('the password is changed on the Beveiliging screen; the old one no longer opens', async ({ page }) => {
  test.setTimeout(180_000);
  app = await startApp(tempDataDir('leertafel-password-'), { locked: true });
  const lock = new LockPage(page);
  await page.goto(app.url);
  await lock.setUp('een lang wachtwoord');
  await lock.recoveryKey();
  await lock.confirmRecoveryKeySaved();
  await openSecurity(page);
  const form = page.locator('.security-section', { has: page.getByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }) });
  await form.getByLabel('Huidig wachtwoord').fill('niet het wachtwoord');
  await form.getByLabel('Nieuw wachtwoord').fill('een ander lang wachtwoord');
  await form.getByLabel('Herhaal het wachtwoord').fill('een ander lang wachtwoord');
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(form.getByText('Dit wachtwoord klopt niet. Er is niets veranderd.')).toBeVisible();
  await form.getByLabel('Huidig wachtwoord').fill('een lang wachtwoord');
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(form.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();
  await shot(page, 'password-changed');

  await lock.lockAndUnlockWithNew('een lang wachtwoord', 'een ander lang wachtwoord');
  await expect(h1(page, 'Beveiliging')).toBeVisible();
});

test('the idle lock holds during a running bijeenkomst; Ctrl+L locks it and the run resumes after unlocking', async ({ page }) => {
  test.setTimeout(240_000);
  app = await startApp(tempDataDir('leertafel-idle-session-'), { locked: true });
  const lock = new LockPage(page);
  await page.clock.install();
  await page.goto(app.url);
  await lock.setUp('een lang wachtwoord');
  await lock.recoveryKey();
  await lock.confirmRecoveryKeySaved();
  await openSecurity(page);
  await page.getByLabel(/Vergrendel na zoveel minuten/).fill('1');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();

  const group = await seedGroup(app.url);
  const session = await seedSession(app.url, group, amsterdamToday(), '00:00');
  await page.goto(`${app.url}#/sessions/${session.id}/console`);
  const consoleScreen = new ConsolePage(page);
  await expect(consoleScreen.blockHeading('Opening en spelregels')).toBeVisible();
  await consoleScreen.pressStartPause();
  await expect.poll(async () => (await api(app!.url, 'sessions.get', { id: session.id })).run.status).toBe('running');

  // Five idle minutes with the idle lock at one: the console stays (a long discussion must not lose the beamer).
  await page.clock.runFor(5 * 60_000);
  await expect(consoleScreen.blockHeading('Opening en spelregels')).toBeVisible();
  await expect(lock.heading('Leertafel is vergrendeld')).toHaveCount(0);
  await consoleScreen.pressNext();
  const block = 'Inbreng en leervraag';
  await expect(consoleScreen.blockHeading(block)).toBeVisible();
  await shot(page, 'idle-console-still-open');

  // Ctrl+L locks even here; the run was saved and carries on where it was.
  await page.keyboard.press('Control+l');
  await expect(lock.heading('Leertafel is vergrendeld')).toBeVisible();
  expect((await api(app.url, 'sessions.get', { id: session.id }).catch((e: Error) => e)) instanceof Error).toBe(true);
  await lock.unlock('een lang wachtwoord');
  await expect(consoleScreen.blockHeading(block)).toBeVisible();
  const after = await api(app.url, 'sessions.get', { id: session.id });
  expect(after.run.status).toBe('running');
  expect(after.run.blockIndex).toBe(1);

  // Away from the console the idle lock works again.
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  await page.clock.runFor(61_000);
  await expect(lock.heading('Leertafel is vergrendeld')).toBeVisible();
});

test('a damaged database at start gets its screen and restores the newest good backup; the damaged file is kept aside unchanged', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = tempDataDir('leertafel-damaged-');
  const first = await startApp(dir);
  const kept = await api(first.url, 'cases.create', { format: 'mlb' });
  await api(first.url, 'backup.create', {});
  await first.stop();
  const dbFile = path.join(dir, 'leertafel.db');
  const damaged = fs.readFileSync(dbFile);
  damaged.fill(9, 4096, 4096 * 4);
  fs.writeFileSync(dbFile, damaged);

  app = await startApp(dir, { locked: true });
  const lock = new LockPage(page);
  await page.goto(app.url);
  await lock.unlock(TEST_PASSWORD);
  await expect(h1(page, 'Leertafel kan je gegevens niet openen')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Je database is beschadigd' })).toBeVisible();
  await expect(page.getByText(/^Nieuwste back-up: /)).toBeVisible();
  await expect(page.getByText(/Error|at Object|\.ts:\d+/)).toHaveCount(0);
  await expectAccessible(page, 'damaged with backup');
  await shot(page, 'damaged-offers-backup');
  expect(fs.readFileSync(dbFile)).toEqual(damaged);

  await page.getByLabel('Wachtwoord', { exact: true }).fill('fout wachtwoord');
  await page.getByRole('button', { name: 'Nieuwste goede back-up terugzetten' }).click();
  await expect(page.getByText('Dit wachtwoord klopt niet. Er is niets veranderd.')).toBeVisible();
  expect(fs.readFileSync(dbFile)).toEqual(damaged);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Nieuwste goede back-up terugzetten' }).click();
  await expect(page.getByText(/^De back-up van .* is teruggezet\./)).toBeVisible();
  const aside = page.getByText(/^Het onbruikbare bestand is bewaard als leertafel-beschadigd-.*\.db in de map backups\.$/);
  await expect(aside).toBeVisible();
  await shot(page, 'damaged-restored');
  const asideName = /(leertafel-beschadigd-\S+\.db)/.exec((await aside.textContent())!)![1];
  expect(fs.readFileSync(path.join(dir, 'backups', asideName))).toEqual(damaged);

  await page.getByRole('button', { name: 'Verder naar Leertafel' }).click();
  await expect(h1(page, 'Overzicht')).toBeVisible();
  expect((await api(app.url, 'cases.list', {})).map((c) => c.id)).toEqual([kept.id]);
});
