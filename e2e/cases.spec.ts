import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test('cases: create, roster and timeline, anonymise notes with "geen identificatie", accessible throughout', async ({ page }) => {
  app = await startApp(tempDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Casussen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen casussen' })).toBeVisible();
  await expectAccessible(page, 'cases (empty)');

  await page.getByRole('button', { name: '+ Nieuwe casus' }).click();
  const title = page.getByRole('heading', { level: 1, name: /^Casus \S+$/ });
  await expect(title).toBeVisible();
  const codeName = (await title.textContent())!;
  await expectAccessible(page, 'case');

  // A real name in the roster's role is caught before it is sent, and the save stays disabled.
  await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
  await page.getByLabel('Rol 1').fill('moeder Fatima Yilmaz');
  await page.getByLabel('Pseudoniem 1').fill('Moeder');
  await expect(page.getByText(/Bevat mogelijk een naam/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  await page.getByLabel('Rol 1').fill('moeder');
  // An exact date in the timeline is caught the same way.
  await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
  await page.getByLabel('Wanneer 1').fill('12 maart 2024');
  await page.getByLabel('Wat gebeurde er 1').fill('Melding bij Veilig Thuis');
  await expect(page.getByText(/Bevat mogelijk een datum/)).toBeVisible();
  await page.getByLabel('Wanneer 1').fill('voorjaar 2024');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.')).toBeVisible();

  // Notes: a pet's name is no identifier; the rest is replaced.
  await page.getByRole('button', { name: 'Aantekeningen schrijven of plakken' }).click();
  const text = page.getByLabel('Tekst', { exact: true });
  await text.fill('Moeder vertelt dat Ilse de Boer van school belde. De hond Bobby Wiebelstaart blaft.');
  await expect(page.getByRole('status').filter({ hasText: 'open' })).toBeVisible();
  await expectAccessible(page, 'notes editor');
  const findings = page.locator('.finding');
  await expect(findings.filter({ hasText: 'Ilse de Boer' })).toHaveCount(1);
  const pet = findings.filter({ hasText: 'Bobby' });
  if ((await pet.count()) > 0) {
    await pet.locator('.finding-select').click();
    await page.getByRole('button', { name: /Geen identificatie/ }).click();
  }
  // Leaving now asks first; staying keeps the text.
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(text).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyA');
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgelost' })).toBeVisible();
  await expect(text).toHaveValue(/Moeder vertelt dat Persoon A van school belde\. De hond Bobby/);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Geanonimiseerde aantekeningen opgeslagen.')).toBeVisible();
  // The new pseudonym joined the roster, for the user to give it a role.
  await expect(page.getByLabel('Pseudoniem 2')).toHaveValue('Persoon A');
  await expect(page.getByLabel('Rol 2')).toHaveValue('rol nog invullen');

  await page.getByRole('button', { name: 'Casussen', exact: true }).click();
  await expect(page.getByRole('button', { name: codeName })).toBeVisible();
  await expectAccessible(page, 'cases (list)');
});
