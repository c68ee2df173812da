import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { AppShell } from './pages/app';
import { CasePage, CasesPage } from './pages/cases';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test('cases: create, roster and timeline, anonymise notes with "niet herkenbaar", accessible throughout', async ({ page }) => {
  app = await startApp(tempDataDir());
  await new AppShell(page).open(app.url);
  const cases = new CasesPage(page);
  await cases.open();
  await expect(cases.emptyHeading).toBeVisible();
  await expectAccessible(page, 'cases (empty)');

  const codeName = await cases.newCase();
  const theCase = new CasePage(page);
  await expectAccessible(page, 'case');

  // A real name in the roster's role is caught before it is sent, and the save stays disabled.
  await theCase.addPerson('moeder Fatima Yilmaz', 'Moeder');
  await expect(theCase.nameWarning).toBeVisible();
  await expect(theCase.saveButton).toBeDisabled();
  await theCase.role(1).fill('moeder');
  // An exact date in the timeline is caught the same way.
  await theCase.addMoment('12 maart 2024', 'Melding bij Veilig Thuis');
  await expect(theCase.dateWarning).toBeVisible();
  await theCase.when(1).fill('voorjaar 2024');
  await theCase.save();

  // Notes: a pet's name is no identifier; the rest is replaced.
  const notes = await theCase.writeNotes();
  await notes.text.fill('Moeder vertelt dat Ilse de Boer van school belde. De hond Bobby Wiebelstaart blaft.');
  await expect(notes.statusSaying('open')).toBeVisible();
  await expectAccessible(page, 'notes editor');
  await expect(notes.finding('Ilse de Boer')).toHaveCount(1);
  if ((await notes.finding('Bobby').count()) > 0) await notes.markNotIdentifying('Bobby');
  // Leaving now asks first; staying keeps the text.
  page.once('dialog', (d) => void d.dismiss());
  await notes.cancel();
  await expect(notes.text).toBeVisible();
  await notes.acceptAllByKeyboard();
  await expect(notes.allResolved).toBeVisible();
  await expect(notes.text).toHaveValue(/Moeder vertelt dat Persoon A van school belde\. De hond Bobby/);
  await notes.save();
  // The new pseudonym joined the roster, for the user to give it a role.
  await expect(theCase.pseudonym(2)).toHaveValue('Persoon A');
  await expect(theCase.role(2)).toHaveValue('rol nog invullen');

  await cases.open();
  await expect(cases.caseLink(codeName)).toBeVisible();
  await expectAccessible(page, 'cases (list)');
});
