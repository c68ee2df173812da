import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { LockPage } from './pages/lock';

/**
 * Issue 12 end to end, as a user starts the app (no test password): set-up with the recovery key, the
 * lock screen, a wrong password, Ctrl+L, the idle lock, recovery with the key, and a failure screen.
 */
const SCREENS = process.env.LEERTAFEL_SCREENS_DIR;
const shot = async (page: import('@playwright/test').Page, name: string) => {
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
};

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const h1 = (page: import('@playwright/test').Page, name: string) => page.getByRole('heading', { level: 1, name });

test('first start: set-up shows the recovery key once; the lock screen refuses a wrong password and comes back where it was', async ({ page }) => {
  test.setTimeout(300_000);
  app = await startApp(tempDataDir(), { locked: true });
  const lock = new LockPage(page);
  await page.goto(app.url);
  await expect(lock.heading('Leertafel beveiligen')).toBeVisible();
  await expectAccessible(page, 'set-up');
  await shot(page, 'setup');

  await lock.setUp('een lang wachtwoord', 'iets anders');
  await expect(page.getByText('De wachtwoorden zijn niet gelijk.')).toBeVisible();
  await lock.setUp('een lang wachtwoord');
  const recoveryKey = await lock.recoveryKey();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await expectAccessible(page, 'recovery key');
  await shot(page, 'recovery-key');
  await lock.confirmRecoveryKeySaved();
  await expect(h1(page, 'Overzicht')).toBeVisible();
  // The key file holds neither the password nor the recovery key; the database no SQLite header.
  const keyFile = fs.readFileSync(path.join(app.dataDir, 'leertafel.key'), 'utf8');
  expect(keyFile).not.toContain('wachtwoord');
  expect(keyFile).not.toContain(recoveryKey.slice(0, 9));
  expect(fs.readFileSync(path.join(app.dataDir, 'leertafel.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

  // Somewhere in the app, then Vergrendel: the page reloads to the lock screen, nothing of the app in it.
  await page.getByRole('navigation').getByRole('button', { name: 'Leergroepen', exact: true }).click();
  await expect(h1(page, 'Leergroepen')).toBeVisible();
  await lock.lockFromTopBar();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page, 'lock screen');
  await shot(page, 'lock-screen');

  await lock.unlock('fout wachtwoord');
  await lock.expectRefused();
  await shot(page, 'wrong-password');
  await lock.unlock('een lang wachtwoord');
  await expect(h1(page, 'Leergroepen')).toBeVisible();

  // Ctrl+L locks as well; a reload keeps it locked.
  await page.keyboard.press('Control+l');
  await expect(lock.heading('Leertafel is vergrendeld')).toBeVisible();
  await page.reload();
  await expect(lock.heading('Leertafel is vergrendeld')).toBeVisible();

  // A forgotten password: the recovery key opens the data and sets a new password.
  await lock.recover(recoveryKey.toLowerCase().replace(/-/g, ' '), 'een nieuw wachtwoord');
  await expect(h1(page, 'Leergroepen')).toBeVisible({ timeout: 30_000 });
  await lock.lockAndUnlockWithNew('een lang wachtwoord', 'een nieuw wachtwoord');
  await expect(h1(page, 'Leergroepen')).toBeVisible();
});

test('the idle lock follows the setting on the Beveiliging screen', async ({ page }) => {
  test.setTimeout(180_000);
  app = await startApp(tempDataDir(), { locked: true });
  const lock = new LockPage(page);
  await page.clock.install();
  await page.goto(app.url);
  await lock.setUp('een lang wachtwoord');
  await lock.recoveryKey();
  await lock.confirmRecoveryKeySaved();
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  await expect(h1(page, 'Beveiliging')).toBeVisible();
  await expectAccessible(page, 'security');
  await page.getByLabel(/Vergrendel na zoveel minuten/).fill('2');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await shot(page, 'security');
  await page.clock.runFor(60_000);
  await expect(h1(page, 'Beveiliging')).toBeVisible();
  await page.clock.runFor(61_000);
  await expect(lock.heading('Leertafel is vergrendeld')).toBeVisible();
  await lock.unlock('een lang wachtwoord');
  await expect(h1(page, 'Beveiliging')).toBeVisible();
});

test('a damaged key file gets its own Dutch screen, and the files stay as they were', async ({ page }) => {
  const dir = tempDataDir();
  // Installed and set up (the test path), then the key file is cut short.
  const first = await startApp(dir);
  await first.stop();
  fs.writeFileSync(path.join(dir, 'leertafel.key'), '{"format":"leertafel-key",');
  const before = fs.readFileSync(path.join(dir, 'leertafel.db'));
  app = await startApp(dir, { locked: true });
  await page.goto(app.url);
  await expect(h1(page, 'Leertafel kan je gegevens niet openen')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Het sleutelbestand is beschadigd' })).toBeVisible();
  await expect(page.getByText(/Error|at Object|\.ts:\d+/)).toHaveCount(0);
  await expectAccessible(page, 'failure');
  await shot(page, 'failure-keyfile');
  expect(fs.readFileSync(path.join(dir, 'leertafel.db'))).toEqual(before);
});

test('a 0-byte database is not a silent empty start', async ({ page }) => {
  const dir = tempDataDir();
  const first = await startApp(dir);
  await first.stop();
  fs.writeFileSync(path.join(dir, 'leertafel.db'), '');
  app = await startApp(dir, { locked: true });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 2, name: 'Je database is leeg (0 bytes)' })).toBeVisible();
  await shot(page, 'failure-empty');
  expect(fs.statSync(path.join(dir, 'leertafel.db')).size).toBe(0);
});
