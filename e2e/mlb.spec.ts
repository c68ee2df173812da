import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { pdfText } from './support/pdf';

/**
 * A gespreksleider plans a Methodische Leerbijeenkomst, leads all seven blocks (time moved by the test
 * clock, not by waiting), fills every venster, meets the decision guard, scores the weging in silence,
 * records the leeropbrengst and reflections, and hands over the learning record as PDF.
 */
let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const MEMBERS = [
  ['Anna Gespreksleider', 'gedragswetenschapper'],
  ['Bram Inbrenger', 'jeugdbeschermer'],
  ['Chris Deelnemer', 'gezinsvoogd'],
  ['Dewi Deelnemer', 'gezinsmanager'],
];
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

test('plan, lead and record a Methodische Leerbijeenkomst', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: new Date('2026-11-30T12:00:00Z') });
  app = await startApp(tempDataDir('leertafel-mlb-'));
  await page.goto(app.url);

  // A case with a roster, to bring in.
  await nav(page, 'Casussen');
  await page.getByRole('button', { name: '+ Nieuwe casus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Casus / })).toBeVisible();
  const caseName = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
  await page.getByLabel('Rol 1').fill('moeder');
  await page.getByLabel('Pseudoniem 1').fill('Moeder');
  await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
  await page.getByLabel('Rol 2').fill('zoon, 9');
  await page.getByLabel('Pseudoniem 2').fill('K1');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.').last()).toBeVisible();

  // A leergroep with four professionals.
  await nav(page, 'Leergroepen');
  await expect(page.getByRole('heading', { name: 'Nog geen leergroepen' })).toBeVisible();
  await expectAccessible(page, 'groups (empty)');
  await page.getByLabel('Naam van de nieuwe groep').fill('Team Noord');
  await page.getByRole('button', { name: '+ Groep aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Noord' })).toBeVisible();
  for (const [i, [name, fn]] of MEMBERS.entries()) {
    await page.getByRole('button', { name: '+ Lid toevoegen' }).click();
    await page.getByLabel(`Naam ${i + 1}`, { exact: true }).fill(name);
    await page.getByLabel(`Functie ${i + 1}`).fill(fn);
    await page.getByLabel(`Organisatie ${i + 1}`).fill('GI Noord');
  }
  await page.getByLabel('SKJ-nummer 2').fill('100234567');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.').last()).toBeVisible();
  await expectAccessible(page, 'group');

  // Plan: the leervraag not in ik-vorm gets a gentle hint.
  await page.getByRole('button', { name: '+ Bijeenkomst plannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' })).toBeVisible();
  await page.getByLabel('Datum').fill('2026-11-30');
  await page.getByLabel('Begintijd').fill('13:00');
  await expect(page.getByLabel('Eindtijd')).toHaveValue('14:30');
  await page.getByLabel('gespreksleider', { exact: true }).selectOption({ label: 'Anna Gespreksleider' });
  await page.getByLabel('inbrenger', { exact: true }).selectOption({ label: 'Bram Inbrenger' });
  await page.getByLabel('tijdbewaker', { exact: true }).selectOption({ label: 'Dewi Deelnemer' });
  await page.getByLabel('Casus').selectOption({ label: caseName });
  await page.getByLabel('Leervraag').fill('Wat moet er gebeuren met dit gezin?');
  await expect(page.getByText(/Tip: een leervraag in ik-vorm/)).toBeVisible();
  await page.getByLabel('Leervraag').fill('Hoe kan ik moeder beter betrekken bij het plan?');
  await expect(page.getByText(/Tip: een leervraag in ik-vorm/)).toHaveCount(0);
  await expectAccessible(page, 'plan');
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /30 nov\.? 2026, 13:00–14:30/ })).toBeVisible();
  await expectAccessible(page, 'session');
  // Until it starts, the plan can change; the script snapshot cannot.
  await page.getByRole('button', { name: 'Plan wijzigen' }).click();
  await expect(page.getByLabel('Leervraag')).toHaveValue('Hoe kan ik moeder beter betrekken bij het plan?');
  await expect(page.getByLabel('Script')).toBeDisabled();
  await page.getByLabel('Eindtijd').fill('14:45');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /30 nov\.? 2026, 13:00–14:45/ })).toBeVisible();

  // Lead it.
  await page.getByRole('button', { name: 'Bijeenkomst leiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opening en spelregels' })).toBeVisible();
  await expect(page.getByTestId('timer')).toHaveText('5:00');
  await page.keyboard.press('Space');
  await page.clock.fastForward('03:00');
  await expect(page.getByTestId('timer')).toHaveText(/^[12]:\d\d$/);
  await expect(page.getByTestId('late')).toHaveText('Op schema');

  // The beamer: what the group sees, without the facilitator's instruction.
  const beamerPromise = context.waitForEvent('page');
  await page.keyboard.press('b');
  const beamer = await beamerPromise;
  await expect(beamer.getByRole('heading', { level: 1, name: 'Opening en spelregels' })).toBeVisible();
  await expect(beamer.getByTestId('beamer-timer')).toBeVisible();
  const instruction = (await page.locator('.console-aside .md').textContent())!.trim().slice(0, 40);
  await expect(beamer.getByText(instruction)).toHaveCount(0);
  await expectAccessible(beamer, 'beamer');

  await page.clock.fastForward('02:30');
  await page.keyboard.press('Alt+ArrowRight'); // inbreng + leervraag
  await expect(page.getByText('Hoe kan ik moeder beter betrekken bij het plan?').first()).toBeVisible();
  await page.clock.fastForward('10:00');
  await page.keyboard.press('Alt+ArrowRight'); // venster 1: mensen
  await expect(page.getByRole('heading', { level: 2, name: 'Venster 1 · Mensen' })).toBeVisible();
  await page.getByRole('button', { name: 'Neem de personen van de casus over' }).click();
  await page.getByLabel('Relatie 1').fill('moeder van K1');
  await page.getByLabel('Perspectief 1').fill('wil dat K1 thuis blijft wonen');
  await page.getByLabel('Heeft regie 1').check();
  await expect(page.locator('.save-badge')).toHaveText(/Wijzigingen|Opslaan|Opgeslagen/);
  await page.clock.fastForward('00:02');
  await expect(page.locator('.save-badge')).toHaveText('Opgeslagen');
  await expect(beamer.getByText('wil dat K1 thuis blijft wonen')).toBeVisible();
  await expectAccessible(page, 'console (mensen)');
  await page.clock.fastForward('15:00');
  await page.keyboard.press('Alt+ArrowRight'); // venster 2: feiten

  await page.getByRole('button', { name: '+ Feit toevoegen' }).click();
  await page.getByLabel('Feit 1').fill('het besluit van de rechter vorig jaar was een OTS van een jaar');
  await expect(page.locator('.guard')).toHaveCount(0);
  await page.getByRole('button', { name: '+ Feit toevoegen' }).click();
  await page.getByLabel('Soort 2').selectOption('betwist');
  await page.getByLabel('Feit 2').fill('We besluiten een OTS aan te vragen');
  await expect(page.locator('.guard')).toContainText('Een leerbijeenkomst neemt geen besluiten over cliënten.');
  await page.getByRole('button', { name: 'Herformuleer als suggestie' }).click();
  await expect(page.getByLabel('Feit 2')).toHaveValue(/^Suggestie/);
  await expect(page.locator('.guard')).toHaveCount(0);
  await page.getByLabel('Krachten: nieuw punt').fill('Moeder zoekt zelf hulp');
  await page.keyboard.press('Enter');
  await page.getByLabel('Zorgen: nieuw punt').fill('K1 verzuimt vaak');
  await page.keyboard.press('Enter');
  await page.getByLabel('Wat weten we niet?: nieuw punt').fill('Hoe K1 het zelf ziet');
  await page.keyboard.press('Enter');
  await page.clock.fastForward('00:02');
  await expect(page.locator('.save-badge')).toHaveText('Opgeslagen');
  await page.clock.fastForward('15:00');
  await page.keyboard.press('Alt+ArrowRight'); // venster 3: weging

  await page.getByLabel(/Weging van de inbrenger/).fill('Goed genoeg zolang het netwerk meekijkt.');
  await page.getByLabel('Gebruikte criteria: nieuw punt').fill('Gaat K1 naar school?');
  await page.keyboard.press('Enter');
  await page.getByLabel('Stille schaalvraag (0–10)').check();
  const scores = [6, 4, 7, 5];
  for (const [i, [name]] of MEMBERS.entries()) {
    if (i < 3) await expect(page.getByText(`${i} van 4 hebben gescoord`)).toBeVisible();
    await page.getByLabel(name, { exact: true }).fill(String(scores[i]));
  }
  await expect(page.getByRole('figure', { name: 'Verdeling van de scores' })).toBeVisible();
  await page.clock.fastForward('00:02');
  await expect(beamer.getByRole('figure', { name: 'Verdeling van de scores' })).toBeVisible();
  // Running late: 27 minutes in a 20-minute block.
  await page.clock.fastForward('27:00');
  await expect(page.getByTestId('timer')).toHaveText(/^-7:\d\d$/);
  const lateBefore = Number((await page.getByTestId('late').textContent())!.match(/^(\d+) minuten uitloop$/)![1]);
  expect(lateBefore).toBeGreaterThanOrEqual(7); // this block's 7 minutes, plus what earlier blocks ran over
  await page.keyboard.press('Alt+Equal'); // +5 min
  await expect(page.getByTestId('timer')).toHaveText(/^-2:\d\d$/);
  const lateAfter = Number((await page.getByTestId('late').textContent())!.match(/^(\d+) minuten? uitloop$/)![1]);
  expect(lateAfter).toBeGreaterThanOrEqual(lateBefore);
  await page.keyboard.press('Alt+ArrowRight'); // venster 4: volgende stappen

  await page.getByRole('button', { name: '+ Idee toevoegen' }).click();
  await page.getByLabel('Van 1').selectOption({ label: 'Chris Deelnemer' });
  await page.getByLabel('Idee 1').fill('Vraag K1 naar de drie huizen');
  await page.getByRole('checkbox', { name: 'Neemt de inbrenger mee' }).first().check();
  await page.getByRole('button', { name: '+ Idee toevoegen' }).click();
  await page.getByLabel('Idee 2').fill('Een netwerkberaad plannen met oma');
  await page.clock.fastForward('00:02');
  await expect(page.locator('.save-badge')).toHaveText('Opgeslagen');
  await expectAccessible(page, 'console (volgende stappen)');
  await page.screenshot({ path: 'test-results/mlb-console.png', fullPage: true });
  await beamer.screenshot({ path: 'test-results/mlb-beamer.png' });
  await page.clock.fastForward('15:00');
  await page.keyboard.press('Alt+ArrowRight'); // leeropbrengst

  await page.getByLabel('Wat heb ik geleerd?').fill('Dat ik de stem van K1 te weinig hoor.');
  await page.getByLabel('Wat ga ik uitproberen?').fill('De drie huizen met K1 invullen.');
  await page.getByLabel('Chris Deelnemer', { exact: true }).fill('Feiten en interpretaties scheiden helpt.');
  await page.getByLabel('Wat werkte, wat kan beter in hoe de bijeenkomst liep?').fill('De weging liep uit; eerder afkappen.');
  await page.clock.fastForward('00:02');
  await expect(page.locator('.save-badge')).toHaveText('Opgeslagen');
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: 'Afronden' }).click();
  await expect(beamer.getByRole('heading', { level: 1, name: 'Bedankt voor jullie inbreng' })).toBeVisible();
  await beamer.close();

  // Reflections, then the learning record.
  await page.getByRole('button', { name: '← Overzicht' }).click();
  await page.getByLabel('Reflectie van').selectOption({ label: 'Bram Inbrenger' });
  await page.getByLabel('Technisch-instrumenteel').fill('Ik stelde te snel oplossingsgerichte vragen.');
  await page.getByLabel('Delen in het leerverslag').check();
  await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
  await expect(page.getByText('Reflectie opgeslagen.').last()).toBeVisible();
  await page.getByLabel('Reflectie van').selectOption({ label: 'Chris Deelnemer' });
  await page.getByLabel('Persoonlijk').fill('Privé-inzicht dat niet gedeeld wordt.');
  await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
  await expect(page.getByText('Reflectie opgeslagen.').last()).toBeVisible();
  await expectAccessible(page, 'session (finished)');

  const pdfPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF' }).click();
  const pdf = await pdfPromise;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const text = await pdfText(new Uint8Array(fs.readFileSync((await pdf.path())!)));
  for (const expected of ['Team Noord', 'Hoe kan ik moeder beter betrekken bij het plan?', 'Dat ik de stem van K1 te weinig hoor.', 'Ik stelde te snel oplossingsgerichte vragen.', 'Vraag K1 naar de drie huizen', 'Bram Inbrenger']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Privé-inzicht dat niet gedeeld wordt.');
  expect(text).not.toContain('Moeder zoekt zelf hulp'); // canvas text only when asked for

  await page.getByLabel('Geanonimiseerd canvas (de vier vensters) opnemen').check();
  const mdPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Markdown (.md)' }).click();
  const md = fs.readFileSync((await (await mdPromise).path())!, 'utf8');
  expect(md).toContain('Moeder zoekt zelf hulp');
  expect(md).toContain('Suggestie');
  expect(md).not.toMatch(/^\s*(we )?besluit/im);

  // The case list shows where the case was discussed.
  await nav(page, 'Casussen');
  await expect(page.getByRole('row').filter({ hasText: caseName })).toContainText('Team Noord');
});
