import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test('a reload keeps the screen (and the bridge token); Back/Forward and Alt+←/→ move through history', async ({ page }) => {
  app = await startApp(tempDataDir());
  await page.goto(app.url);
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name });
  const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await expect(h1('Overzicht')).toBeVisible();
  await nav('Scriptbibliotheek');
  await expect(h1('Scriptbibliotheek')).toBeVisible();
  await nav('Leergroepen');
  await expect(h1('Leergroepen')).toBeVisible();
  await nav('Casussen');
  await expect(h1('Casussen')).toBeVisible();

  await page.reload();
  await expect(h1('Casussen')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('token')).toMatch(/^[0-9a-f]{64}$/);

  await page.goBack();
  await expect(h1('Leergroepen')).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(h1('Scriptbibliotheek')).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(h1('Leergroepen')).toBeVisible();
  await page.goForward();
  await expect(h1('Casussen')).toBeVisible();
});
