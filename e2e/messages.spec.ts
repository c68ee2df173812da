import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { api, seedGroup } from './support/seed';
import { LibraryPage } from './pages/library';

/**
 * Issue 15, "Messages and files": what the backend refuses shows under the field it is about, worded for
 * a person in the UI language; a file is chosen with a button in the UI language, not the browser's own.
 */
const SCREENS = process.env.LEERTAFEL_SCREENS ?? 'test-results/messages-forms-screens';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/${name}.png` });

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test("the backend's refusal of a phone number in a group's description shows under that field, and goes when it is removed", async ({ page }) => {
  app = await startApp(tempDataDir('leertafel-messages-'));
  const group = await seedGroup(app.url);
  await page.goto(`${app.url}#/groups/${group.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Team Noord' })).toBeVisible();

  // The form's own rules allow any text here; the backend's gate refuses the phone number (IDENTIFIER).
  // Found by its name's start: a hint about the text stands in its label too.
  const description = page.getByRole('textbox', { name: /^Omschrijving/ });
  await description.fill('Intervisie; bij vragen bel 0612345678');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

  const message = page.getByText('Hier staat een telefoonnummer: haal het weg of vervang het.');
  await expect(message).toBeVisible();
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(description).toHaveAttribute('aria-describedby', (await message.getAttribute('id'))!);
  await expect(description).toBeFocused();
  // Under the field, in its own label; not in a toast, and no field path or code word anywhere.
  await expect(page.locator('label.field', { has: description }).getByText('Hier staat een telefoonnummer')).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
  // The message describes the field; it is not read as part of the field's name.
  await expect(description).not.toHaveAccessibleName(/Hier staat/);
  await expect(page.locator('body')).not.toContainText('description:');
  await expect(page.locator('body')).not.toContainText('TELEFOON');
  await expectAccessible(page, 'group form with a refused field');
  await shot(page, 'field-error');

  await description.fill('Intervisie van team Noord');
  await expect(message).toHaveCount(0);
  await expect(description).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.')).toBeVisible();
});

test('the export file is chosen with a Dutch button that names the chosen file', async ({ page }) => {
  app = await startApp(tempDataDir('leertafel-files-'));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiliging' })).toBeVisible();
  const choose = page.getByRole('button', { name: 'Kies een bestand…' });
  await expect(choose).toBeVisible();
  await expect(page.getByText('Nog geen bestand gekozen')).toBeVisible();
  await expect(page.getByText('No file chosen')).toHaveCount(0);
  // The keyboard reaches the button (the hidden input is out of the tab order).
  await choose.focus();
  await expect(choose).toBeFocused();
  await page.getByLabel('Exportbestand').setInputFiles({ name: 'leertafel-export-2026-12-01.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(page.getByText('leertafel-export-2026-12-01.json')).toBeVisible();
  await choose.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'security with a chosen file');
  await shot(page, 'file-picker');
});

test('a script file the library refuses is named beside the import button, with the line that is wrong', async ({ page }) => {
  app = await startApp(tempDataDir('leertafel-import-'));
  const library = new LibraryPage(page);
  await library.open(app.url);
  await expect(page.getByRole('button', { name: 'Script importeren' })).toBeVisible();
  await library.importFile('kapot.md', '---\nid: kapot\n---\n\n## Blok\nminuten: tien\n');
  const notice = page.locator('.form-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('kapot.md: Dit bestand kan niet worden geïmporteerd.');
  await expect(notice).toContainText('Regel');
  await expect(page.locator('.toast-error')).toHaveCount(0);
  await shot(page, 'import-refused');
});

/** Where the toasts used to stand: fixed in the window's bottom right corner (20 px in, 440 px wide). */
const OLD_CORNER = (w: number, h: number) => ({ x: w - 20 - 440, y: h - 20 - 70, width: 440, height: 70 });
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a notice never lies over a control or the focused one: it pushes the page down in a bar under the top bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  app = await startApp(tempDataDir('leertafel-toastbar-'));
  const members = Array.from({ length: 14 }, (_, i) => ({ name: `Lid ${String.fromCharCode(65 + i)}${i}`, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null }));
  const group = await api(app.url, 'groups.save', { name: 'Team Lang', description: '', members });
  await page.goto(`${app.url}#/groups/${group.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Team Lang' })).toBeVisible();

  // The last member's organisation stands where the toasts used to appear; the focus is on the button below it.
  await page.getByLabel('Organisatie 14', { exact: true }).fill('GI Zuid');
  const add = page.getByRole('button', { name: '+ Lid toevoegen' });
  await add.focus();
  await add.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (window.innerHeight - 12)));
  const field = page.getByLabel('Organisatie 14', { exact: true });
  expect(overlap((await field.boundingBox())!, OLD_CORNER(1280, 800))).toBe(true); // the case the corner toasts covered
  await shot(page, 'toast-bar-before');

  // Saved without moving the focus or the page (the save button is at the form's top, out of view).
  await page.getByRole('button', { name: 'Opslaan', exact: true }).evaluate((b: HTMLButtonElement) => b.click());
  const toast = page.locator('.toast').filter({ hasText: 'Wijzigingen opgeslagen.' });
  await expect(toast).toBeVisible();
  const bar = (await page.locator('.toasts').boundingBox())!;
  expect(overlap(bar, (await toast.boundingBox())!)).toBe(true);

  // The focused button is still in view, below the bar, above the window's foot.
  await expect(add).toBeFocused();
  const focused = (await add.boundingBox())!;
  expect(overlap(bar, focused)).toBe(false);
  expect(focused.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(focused.y + focused.height).toBeLessThanOrEqual(800);
  // The field from the corner is not under the notice, and no control the window shows is: a control is
  // shown when its middle lies between the bar and the window's foot (what the page scrolled to keep the
  // focus in view went under the sticky bars, as scrolling takes it under the top bar).
  expect(overlap(bar, (await field.boundingBox())!)).toBe(false);
  const covered = await page.evaluate((b) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea, main a[href]')) {
      const r = el.getBoundingClientRect();
      const middle = (r.top + r.bottom) / 2;
      if (r.width === 0 || middle < b.y + b.height || middle > window.innerHeight) continue;
      if (r.top < b.y + b.height) out.push(el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
    }
    return out;
  }, bar);
  expect(covered).toEqual([]);
  // A bar in the page's flow, under the top bar, read out politely.
  const header = (await page.locator('header.topbar').boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  await expect(page.locator('.toasts')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.toasts')).toHaveAttribute('role', 'status');
  await shot(page, 'toast-bar-mid-page');

  // Closed, the bar takes no room; at the top of the page a notice pushes the page down rather than
  // covering the form's save button.
  await toast.locator('.btn-icon').click();
  await expect(page.locator('.toast')).toHaveCount(0);
  expect((await page.locator('.toasts').boundingBox())?.height ?? 0).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByLabel('Organisatie 1', { exact: true }).fill('GI West');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(toast).toBeVisible();
  const top = (await page.locator('.toasts').boundingBox())!;
  expect(overlap(top, (await page.getByRole('button', { name: 'Opslaan', exact: true }).boundingBox())!)).toBe(false);
  expect(overlap(top, (await page.getByRole('heading', { level: 1, name: 'Team Lang' }).boundingBox())!)).toBe(false);
  await shot(page, 'toast-bar-top');
  await expectAccessible(page, 'a notice in its bar');
});

test("the backend's refusal in the trainer's own check words shows under the field it concerns, in Dutch, not in a toast", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  app = await startApp(tempDataDir('leertafel-checkwords-'));
  const theCase = await api(app.url, 'cases.create', { format: 'mlb' });
  const sheet = await api(app.url, 'sos.createWorksheet', { kind: 'statements', caseId: theCase.id, title: 'Oefening', trajectId: null, moduleId: null });
  await page.goto(`${app.url}#/sos/worksheets/${sheet.id}`);
  await page.getByText('Eigen controlewoorden van de trainer').click();
  await page.getByLabel('Woord', { exact: true }).fill('multiprobleem');
  const explanation = page.getByRole('textbox', { name: /^Uitleg bij de hint/ });
  await explanation.fill('Vraag het na: 0612345678');
  await page.getByRole('button', { name: 'Woord toevoegen' }).click();

  const message = page.getByText('Hier staat een telefoonnummer: haal het weg of vervang het.');
  await expect(message).toBeVisible();
  await expect(explanation).toHaveAttribute('aria-invalid', 'true');
  await expect(explanation).toHaveAttribute('aria-describedby', (await message.getAttribute('id'))!);
  await expect(explanation).toBeFocused();
  await expect(page.locator('.toast')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('explanation');
  await expect(page.locator('body')).not.toContainText('TELEFOON');
  await explanation.scrollIntoViewIfNeeded();
  await shot(page, 'check-word-refused');

  await explanation.fill('Beschrijf wat er gebeurde');
  await expect(message).toHaveCount(0);
  await page.getByRole('button', { name: 'Woord toevoegen' }).click();
  await expect(page.locator('.sos-check-words').getByText('multiprobleem', { exact: true })).toBeVisible();
  await expect(explanation).not.toHaveAttribute('aria-invalid', 'true');
});
