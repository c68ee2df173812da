import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { LibraryPage } from './pages/library';
import { ScriptPage } from './pages/script';
import { EditorPage } from './pages/editor';

const MLB = 'Methodische Leerbijeenkomst – Vier Vensters';
let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test('browse, duplicate, edit, export, import, and find it all again after a restart', async ({ page }) => {
  // A long flow with a restart in it: minutes on a loaded machine.
  test.setTimeout(180_000);
  const dataDir = tempDataDir();
  app = await startApp(dataDir);
  const library = new LibraryPage(page);
  await library.open(app.url);
  // Six methods, and the four modules of the Signs of Safety verdiepingstraining.
  await expect(library.cards).toHaveCount(10);
  await expectAccessible(page, 'library');

  // Browse: search by title and filter by format.
  await library.search.fill('roddel');
  await expect(library.cards).toHaveCount(1);
  await expect(library.card('Roddelmethode')).toBeVisible();
  await library.search.fill('zzz-bestaat-niet');
  await expect(page.getByRole('heading', { name: 'Geen scripts gevonden' })).toBeVisible();
  await expectAccessible(page, 'library (empty)');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await library.filter('Signs of Safety').click();
  await expect(library.cards).toHaveCount(5);
  await library.filter('Alle').click();
  await expect(library.cards).toHaveCount(10);

  // A built-in script: start times follow the chosen start time.
  await library.openScript(MLB);
  const script = new ScriptPage(page);
  await expectAccessible(page, 'script');
  await script.startTime.fill('13:00');
  await expect(script.blockClock(0)).toHaveText('13:00');
  await expect(script.blockClock(1)).toHaveText('13:05');
  await expect(page.getByText('eindigt om 14:30')).toBeVisible();
  await expect(script.button('Bewerken')).toHaveCount(0);

  // Duplicate and edit the copy.
  await script.button('Dupliceren om aan te passen').click();
  const editor = new EditorPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Script bewerken' })).toBeVisible();
  await expect(editor.title).toHaveValue(`${MLB} (kopie)`);
  await expectAccessible(page, 'editor');
  await editor.title.fill('Onze MLB op dinsdag');
  const blockCount = await editor.blocks.count();

  // Start times recalculate while typing.
  await editor.blockMinutes(0).fill('10');
  await expect(editor.schedule.nth(1)).toContainText('13:10');

  // Remove a block, then undo.
  const secondTitle = await editor.blockTitle(1).inputValue();
  await editor.block(1).getByRole('button', { name: /^Verwijderen/ }).click();
  await expect(editor.blocks).toHaveCount(blockCount - 1);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(editor.blocks).toHaveCount(blockCount);
  await expect(editor.blockTitle(1)).toHaveValue(secondTitle);

  // Reorder with the keyboard: Alt+ArrowDown moves the block being edited, focus follows it.
  const firstTitle = await editor.blockTitle(0).inputValue();
  await editor.blockTitle(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(editor.blockTitle(1)).toHaveValue(firstTitle);
  await expect(editor.blockTitle(1)).toBeFocused();
  await expect(editor.blockTitle(0)).toHaveValue(secondTitle);

  // A new block, then save with the keyboard.
  await page.getByRole('button', { name: '+ Blok toevoegen' }).click();
  await expect(editor.blocks).toHaveCount(blockCount + 1);
  await expect(editor.blockTitle(blockCount)).toBeFocused();
  await editor.blockTitle(blockCount).fill('Afsluitende ronde');
  await editor.block(blockCount).getByLabel('Instructie (Markdown)').fill('Ieder noemt **één** inzicht.');
  await editor.block(blockCount).getByLabel('Vragen voor de groep (één per regel)').fill('Wat neem je mee?\nWat laat je liggen?');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Onze MLB op dinsdag' })).toBeVisible();
  await expect(script.blocks).toHaveCount(blockCount + 1);
  await expect(script.blocks.nth(blockCount)).toContainText('Afsluitende ronde');
  await expect(script.blocks.nth(blockCount).locator('strong')).toHaveText('één');

  // Print view.
  await script.button('Afdrukweergave').click();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expectAccessible(page, 'print view');
  await page.keyboard.press('Escape');

  // Export as a .md file.
  const downloadPromise = page.waitForEvent('download');
  await script.button('Exporteren (.md)').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('onze-mlb-op-dinsdag.md');
  const exported = fs.readFileSync((await download.path())!, 'utf8');
  expect(exported).toContain('title: Onze MLB op dinsdag');
  expect(exported).toContain('## Afsluitende ronde');

  // Import it back: the library has it already, so it asks; kept both, the new one is numbered.
  await page.getByRole('button', { name: 'Scriptbibliotheek' }).click();
  await library.importFile('onze-mlb-op-dinsdag.md', exported);
  const choice = page.getByRole('alert').filter({ hasText: 'De bibliotheek heeft dit script al: “Onze MLB op dinsdag”' });
  await expect(choice).toBeVisible();
  await expectAccessible(page, 'library (import choice)');
  await choice.getByRole('button', { name: 'Annuleren' }).click();
  await expect(choice).toHaveCount(0);
  await expect(library.cards).toHaveCount(11);
  await library.importFile('onze-mlb-op-dinsdag.md', exported);
  await choice.getByRole('button', { name: 'Allebei houden' }).click();
  await expect(page.getByText('Script “Onze MLB op dinsdag (2)” geïmporteerd.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Onze MLB op dinsdag (2)' })).toBeVisible();
  await expect(script.blocks).toHaveCount(blockCount + 1);

  // A malformed file changes nothing and says which line is wrong.
  await page.getByRole('button', { name: 'Scriptbibliotheek' }).click();
  await expect(library.cards).toHaveCount(12);
  await library.importFile('kapot.md', exported.replace(/^minuten: 10$/m, 'minuten: tien'));
  const alert = page.getByRole('alert').filter({ hasText: 'kan niet worden geïmporteerd' });
  await expect(alert).toBeVisible();
  const badLine = exported.replace(/^minuten: 10$/m, 'minuten: tien').split('\n').indexOf('minuten: tien') + 1;
  await expect(alert).toContainText(`Regel ${badLine}`);
  await expect(library.cards).toHaveCount(12);

  // Restart the backend on the same data folder: everything is still there.
  await app.stop();
  app = await startApp(dataDir);
  await library.open(app.url);
  await expect(library.cards).toHaveCount(12);
  await expect(library.cards.filter({ hasText: 'Onze MLB op dinsdag' })).toHaveCount(2);
  await library.cards.filter({ hasText: 'Onze MLB op dinsdag' }).first().getByRole('button').click();
  await expect(script.blocks).toHaveCount(blockCount + 1);
  await expect(script.blocks.nth(0)).toContainText(secondTitle);
});

test('deleting an own script can be undone', async ({ page }) => {
  app = await startApp(tempDataDir());
  const library = new LibraryPage(page);
  await library.open(app.url);
  await library.openScript('Roddelmethode');
  await page.getByRole('button', { name: 'Dupliceren om aan te passen' }).click();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(library.heading).toBeVisible();
  await expect(library.cards).toHaveCount(10);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roddelmethode (kopie)' })).toBeVisible();
});

test('leaving the editor with unsaved changes asks first', async ({ page }) => {
  app = await startApp(tempDataDir());
  const library = new LibraryPage(page);
  await library.open(app.url);
  await library.openScript('Incidentmethode');
  await page.getByRole('button', { name: 'Dupliceren om aan te passen' }).click();
  const editor = new EditorPage(page);
  await editor.title.fill('Half af');
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Scriptbibliotheek' }).click();
  await expect(editor.title).toHaveValue('Half af');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Scriptbibliotheek' }).click();
  await expect(library.heading).toBeVisible();
  await expect(library.cards.filter({ hasText: 'Half af' })).toHaveCount(0);
});

test('the interface switches to English and remembers it', async ({ page }) => {
  const dataDir = tempDataDir();
  app = await startApp(dataDir);
  const library = new LibraryPage(page);
  await library.open(app.url);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Script library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.url);
  // The app opens on its home screen, in the language chosen before.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
