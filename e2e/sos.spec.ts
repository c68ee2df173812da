import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { pdfText } from './support/pdf';
import { AppShell } from './pages/app';
import { CasePage, CasesPage } from './pages/cases';
import { GroupsPage, type MemberData } from './pages/groups';
import { ConsolePage } from './pages/console';
import { TrajectsPage, WorksheetPage } from './pages/sos';

/**
 * A trainer sets up a Signs of Safety verdiepingstraining with four modules and participants, runs
 * module 1 on the console with the map on the beamer, the participants score silently, a danger
 * statement gets a jargon hint and is improved, a praktijkopdracht is set and reported, Drie Huizen
 * stays off the beamer until consent is set, the veiligheidscirkels and the Woord- en Beeldverhaal
 * print to PDF, and the module evaluation is recorded.
 */
let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const MEMBERS: MemberData[] = [
  { name: 'Tessa Trainer', function: 'trainer', organisation: 'GI Noord' },
  { name: 'Anna Jeugdbeschermer', function: 'jeugdbeschermer', organisation: 'GI Noord' },
  { name: 'Bram Gezinsvoogd', function: 'gezinsvoogd', organisation: 'GI Noord' },
  { name: 'Chris Gezinsmanager', function: 'gezinsmanager', organisation: 'GI Noord' },
];
// Screenshots for looking at the screens; under test-results unless LEERTAFEL_SCREENS names another folder.
const SCREENS = process.env.LEERTAFEL_SCREENS ?? path.join('test-results', 'sos-screens');
async function shot(page: Page, name: string) {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}
/** A new point in one of the map's lists, added with Enter. */
async function addPoint(page: Page, list: string, text: string) {
  await page.getByLabel(`${list}: nieuw punt`).fill(text);
  await page.keyboard.press('Enter');
}
/** The beamer shows it all on one screen: nothing to scroll, and the type still large (issue 10). */
async function expectOneScreen(page: Page, what: string) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: `${what} fits the window` }).toBeLessThanOrEqual(page.viewportSize()!.height);
  const size = await page.locator('.sos-beamer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, `${what}: type readable from the back of the room`).toBeGreaterThanOrEqual(22);
}
const read = async (d: { path(): Promise<string | null> }) => new Uint8Array(fs.readFileSync((await d.path())!));

test('a trainer runs a Signs of Safety verdiepingstraining', async ({ page }) => {
  test.setTimeout(480_000);
  app = await startApp(tempDataDir('leertafel-sos-'));
  await new AppShell(page).open(app.url);

  // An anonymised training case with a roster.
  const cases = new CasesPage(page);
  await cases.open();
  const caseName = await cases.newCase();
  const theCase = new CasePage(page);
  await theCase.addPerson('moeder', 'Moeder');
  await theCase.addPerson('meisje, 8', 'K1');
  await theCase.addPerson('oma', 'Oma');
  await theCase.save();

  // A worksheet on the case itself, without a training: made from the case screen.
  const caseSheets = page.locator('.sos-case-sheets');
  await caseSheets.getByLabel('Soort werkblad').selectOption({ label: 'Veiligheidsplan' });
  await caseSheets.getByLabel('Titel', { exact: true }).fill('Plan zonder training');
  await caseSheets.getByRole('button', { name: '+ Werkblad maken' }).click();
  const direct = new WorksheetPage(page);
  await expect(direct.heading('Plan zonder training')).toBeVisible();
  await expect(direct.practice).toBeVisible();
  await page.getByRole('button', { name: '← Terug naar de casus' }).click();
  await expect(page.getByRole('button', { name: /Veiligheidsplan Plan zonder training/ })).toBeVisible();

  // A leergroep: the trainer and three participants.
  const groups = new GroupsPage(page);
  await groups.open();
  const group = await groups.create('Verdieping Noord');
  for (const member of MEMBERS) await group.addMember(member);
  await group.save();

  // The traject: four modules by default, one per theme.
  const trajects = new TrajectsPage(page);
  await trajects.open();
  await expectAccessible(page, 'trainings (empty)');
  const traject = await trajects.create('SoS verdieping 2026', 'Verdieping Noord');
  await expect(page.locator('.sos-module-title')).toHaveText([
    'Werken met het netwerk',
    'Duidelijk maken welk gedrag je wilt zien',
    'Een plan maken met gezin en netwerk',
    'Het kind een stem geven',
  ]);
  await traject.setup({ trainer: 'Tessa Trainer', participants: ['Anna Jeugdbeschermer', 'Bram Gezinsvoogd', 'Chris Gezinsmanager'], case: caseName });
  await expectAccessible(page, 'traject');

  // A module can move, be added and removed.
  const m3 = await traject.openModule(3);
  await m3.getByRole('button', { name: '↑ Omhoog' }).click();
  await expect(page.locator('.sos-module-title').nth(1)).toHaveText('Een plan maken met gezin en netwerk');
  await page.getByTestId('module-2').getByRole('button', { name: '↓ Omlaag' }).click();
  await page.getByRole('button', { name: '+ Module toevoegen' }).click();
  await expect(page.locator('.sos-module-title')).toHaveCount(5);
  await (await traject.openModule(5)).getByRole('button', { name: 'Module verwijderen' }).click();
  await expect(page.locator('.sos-module-title')).toHaveCount(4);
  await traject.saved();

  // The praktijkopdracht of module 1 is set now; its report comes later.
  await (await traject.openModule(1)).scrollIntoViewIfNeeded();
  await traject.assignment(1, 'Wat ik ga proberen', 'Anna Jeugdbeschermer').fill('Ik vraag bij een gezin wie er in de binnenste cirkel staat.');
  await traject.saved();

  // Worksheets on the training case.
  let sheet = await traject.newWorksheet(1, 'De kaart', 'Kaart oefencasus');
  await expect(sheet.practice).toBeVisible();
  // A map as a group fills it, with a score per person: on the beamer it must still fit one screen.
  for (const [list, text] of [
    ['Schade', 'K1 was twee nachten alleen thuis zonder eten'],
    ['Gevaarsituatie', 'Moeder is soms dagen weg zonder te zeggen waar'],
    ['Complicerende factoren', 'Moeder heeft schulden en slaapt slecht'],
    ['Bestaande krachten', 'Oma woont om de hoek en kookt graag'],
    ['Bestaande veiligheid', 'Oma komt elke dag langs na school'],
    ['Veiligheidsdoelen', 'K1 weet wie er is als moeder weg moet'],
    ['Volgende stappen (ideeën voor werkbegeleiding)', 'Netwerkberaad met oma en de buurvrouw'],
  ] as const) await sheet.addToList(list, text);
  for (const [i, score] of [4, 6, 5, 4].entries()) {
    await page.getByRole('button', { name: 'Cijfer toevoegen' }).click();
    await page.getByLabel(`Cijfer ${i + 1}`, { exact: true }).fill(String(score));
  }
  await sheet.saved();
  await sheet.back();
  sheet = await traject.newWorksheet(2, 'Gevaarsituatie, veiligheidsdoel en bodemeisen', 'Gevaarsituatie oefenen');
  await page.getByRole('button', { name: 'Gevaarsituatie toevoegen' }).click();
  await page.getByLabel('Wie maakt zich zorgen?').fill('De jeugdbeschermer en Oma');
  await page.getByLabel('Over welk concreet gedrag uit het verleden?').fill('verwaarlozing');
  await expect(sheet.hints.filter({ hasText: 'Jargon' })).toContainText('verwaarlozing');
  await expect(sheet.hints.filter({ hasText: 'Geen impact op het kind' })).toBeVisible();
  await page.getByLabel('Over welk concreet gedrag uit het verleden?').fill('Moeder liet K1 in de herfst twee nachten alleen thuis zonder eten');
  await page.getByLabel('Wat betekent het voor het kind als er niets verandert?').fill('K1 is bang om alleen te zijn en kan ziek worden');
  await expect(sheet.hints).toHaveCount(0);
  await expect(page.getByText('Geen hints: concreet, met de impact op het kind.')).toBeVisible();
  await sheet.addToList('Bodemeisen bij deze gevaarsituatie', 'K1 is nooit een nacht alleen thuis');
  await page.getByRole('button', { name: 'Veiligheidsdoel toevoegen' }).click();
  await page.getByLabel('Wat gaan ouders anders doen?').fill('Vader slaat niet meer');
  await expect(sheet.hints.filter({ hasText: 'Negatief geformuleerd' })).toBeVisible();
  await expect(sheet.hints.filter({ hasText: 'Geen duur' })).toBeVisible();
  await page.getByLabel('Wat gaan ouders anders doen?').fill('Moeder zorgt dat Oma bij K1 is als zij weg moet');
  await page.getByLabel('Hoe lang?').fill('zes maanden lang');
  await expect(sheet.hints).toHaveCount(0);
  // The decision guard runs on worksheets as everywhere.
  await page.getByLabel('Wat zullen professionals zien?').fill('We plaatsen de kinderen uit huis');
  await expect(page.locator('.guard')).toContainText('klinkt als een besluit');
  await page.getByRole('button', { name: 'Herformuleer als suggestie' }).click();
  await expect(page.getByLabel('Wat zullen professionals zien?')).toHaveValue(/^Suggestie/);
  await sheet.saved();
  await expectAccessible(page, 'worksheet (statements)');
  await shot(page, 'console-statements');
  const statementsMd = fs.readFileSync((await (await sheet.download('Markdown')).path())!, 'utf8');
  expect(statementsMd).toContain('Oefening op een casus in een training — geen besluit over een gezin.');
  expect(statementsMd).toContain('K1 is nooit een nacht alleen thuis');
  await sheet.back();

  const houses = await traject.newWorksheet(4, 'Drie Huizen', 'Huizen van K1');
  await page.getByLabel('Kind (rol of pseudoniem)').fill('K1');
  await houses.addToList('Huis van goede dingen', 'als oma pannenkoeken bakt');
  await houses.addToList('Huis van zorgen', 'als mama moet huilen');
  await houses.addToList('Huis van dromen', 'een eigen hond');
  await expect(page.getByText('Verborgen: nog geen toestemming van het kind om dit te laten zien.')).toBeVisible();
  await houses.saved();
  await shot(page, 'console-three-houses');
  await houses.back();

  const circles = await traject.newWorksheet(4, 'Veiligheidscirkels', 'Netwerk van K1');
  await page.getByLabel('In het midden (het kind)').fill('K1');
  await page.getByRole('button', { name: 'Personen van de casus toevoegen' }).click();
  await page.getByLabel('Cirkel 2').selectOption({ label: 'Heel dichtbij' });
  await page.getByRole('checkbox', { name: 'In het veiligheidsplan' }).nth(1).check();
  await page.getByLabel('Rol in het plan 2').fill('haalt K1 op als moeder weg moet');
  await circles.saved();
  await expectAccessible(page, 'worksheet (circles)');
  await shot(page, 'console-circles');
  const circlesPdf = await pdfText(await read(await circles.download('Afdrukken')));
  for (const expected of ['Veiligheidscirkels', 'Oma', 'Moeder', 'haalt K1 op als moeder weg moet', 'geen besluit over een gezin']) expect(circlesPdf).toContain(expected);
  await circles.back();

  const story = await traject.newWorksheet(4, 'Woord- en Beeldverhaal', 'Verhaal voor K1');
  await page.getByLabel('Titel van het verhaal').fill('Het verhaal van K1');
  for (const text of ['Mama en oma houden heel veel van K1.', 'Soms was K1 alleen thuis en was ze bang.', 'Nu is oma er altijd als mama weg moet.']) {
    await page.getByRole('button', { name: 'Plaat toevoegen' }).click();
    const n = await page.locator('.sos-panel').count();
    await page.getByLabel(`Tekst bij plaat ${n}`).fill(text);
    await page.locator('.sos-panel').nth(n - 1).getByRole('button', { name: '+ Persoon' }).click();
    await page.locator('.sos-panel').nth(n - 1).getByRole('button', { name: '+ Huis' }).click();
  }
  await page.locator('.sos-panel').nth(0).getByLabel('Onderschrift 1').fill('oma');
  // Figures are placed by dragging them on the drawing, or with the arrow keys once focused.
  const figure = page.locator('.sos-panel').nth(0).getByRole('button', { name: /^Figuur 1: Persoon “oma”/ });
  const hitX = async () => Number(await figure.locator('.sos-figure-hit').getAttribute('x'));
  const before = await hitX();
  await figure.hover(); // scrolls it into view, clear of the sticky top bar
  const box = (await figure.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 - 20, { steps: 6 });
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 - 20, { steps: 6 });
  await page.mouse.up();
  await expect.poll(hitX).toBeGreaterThan(before + 20);
  const dragged = await hitX();
  await expect(figure).toBeFocused();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(hitX).toBe(dragged - 10);
  await page.keyboard.press('ArrowRight');
  await expect.poll(hitX).toBe(dragged - 8);
  await story.saved();
  await expectAccessible(page, 'worksheet (storyboard)');
  await shot(page, 'console-storyboard');
  const booklet = await story.download('Boekje (PDF)');
  expect(booklet.suggestedFilename()).toMatch(/boekje\.pdf$/);
  const bookletText = await pdfText(await read(booklet));
  for (const expected of ['Het verhaal van K1', 'Mama en oma houden heel veel van K1.', 'Nu is oma er altijd als mama weg moet.']) expect(bookletText).toContain(expected);
  await story.back();

  // Module 1 runs as a bijeenkomst: the map on console and beamer, silent scaling. The console at 1280×800.
  await page.setViewportSize({ width: 1280, height: 800 });
  await traject.planModule(1, '2026-12-07', '09:30', '12:30');
  await (await traject.openModule(1)).getByRole('button', { name: 'Module leiden' }).click();
  const consoleScreen = new ConsolePage(page);
  await expect(consoleScreen.blockHeading('Opening en afspraken')).toBeVisible();
  // The module is planned for another day than today: the console asks first, and the trainer goes ahead.
  page.once('dialog', (d) => void d.accept());
  await consoleScreen.pressStartPause();
  const beamer = await consoleScreen.pressBeamer();
  await beamer.page.setViewportSize({ width: 1920, height: 1080 });
  await expect(beamer.page.getByRole('heading', { name: 'Waar maken we ons zorgen over?' })).toBeVisible();
  await addPoint(page, 'Schade', 'K1 was twee nachten alleen thuis');
  await addPoint(page, 'Bestaande krachten', 'Oma komt elke dag langs');
  await addPoint(page, 'Veiligheidsdoelen', 'Oma is er als moeder weg moet');
  // Decision text nobody rephrased is marked on the beamer, as on the Vier Vensters beamer.
  await addPoint(page, 'Volgende stappen (ideeën voor werkbegeleiding)', 'We plaatsen de kinderen uit huis');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  await expect(beamer.page.locator('.bv-decision')).toContainText('We plaatsen de kinderen uit huis');
  await expect(beamer.text('K1 was twee nachten alleen thuis')).toBeVisible();
  await expect(beamer.text('Oma komt elke dag langs')).toBeVisible();
  await expectAccessible(page, 'console (sos map)');
  await expectAccessible(beamer.page, 'beamer (sos map)');
  await shot(page, 'console-map');
  await shot(beamer.page, 'beamer-map');
  await expectOneScreen(beamer.page, 'beamer-map');

  for (let i = 0; i < 6; i++) await consoleScreen.pressNext(); // to "Stille schaalvraag"
  await expect(consoleScreen.blockHeading('Stille schaalvraag')).toBeVisible();
  const scores = [4, 6, 5, 4];
  for (const [i, m] of MEMBERS.entries()) {
    if (i > 0) await expect(beamer.text(`${i} van 4 hebben gescoord`)).toBeVisible();
    await page.getByLabel(`Cijfer van ${m.name}`).fill(String(scores[i]));
  }
  await expect(consoleScreen.scoreDistribution).toBeVisible();
  await expect(beamer.scoreDistribution).toBeVisible();
  await page.getByLabel(/Reden van Anna Jeugdbeschermer/).fill('Oma is er elke dag, maar nog niet \'s nachts');
  await shot(page, 'console-scale');
  await shot(beamer.page, 'beamer-scale');
  await expectOneScreen(beamer.page, 'beamer-scale');

  // Drie Huizen on the beamer: hidden until the child's consent is set.
  await page.getByRole('tab', { name: 'Werkblad' }).click();
  await page.getByLabel('Werkblad op de beamer').selectOption({ label: 'Drie Huizen: Huizen van K1' });
  await expect(beamer.text('Verborgen: nog geen toestemming van het kind om dit te laten zien.')).toBeVisible();
  await expect(beamer.text('als oma pannenkoeken bakt')).toHaveCount(0);
  await shot(beamer.page, 'beamer-three-houses-hidden');
  // The worksheet opens inside the block: the console stays on "Stille schaalvraag".
  await page.getByRole('button', { name: 'Werkblad bewerken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Huizen van K1' })).toBeVisible();
  await expect(consoleScreen.blockHeading('Stille schaalvraag')).toBeVisible();
  await page.getByLabel('Het kind geeft toestemming om dit aan anderen te laten zien').check();
  await expect(page.locator('.sos-sheet-embedded .save-badge')).toHaveText('Opgeslagen');
  await expect(beamer.text('“als oma pannenkoeken bakt”')).toBeVisible();
  await expectAccessible(page, 'console (worksheet in the block)');
  await expectAccessible(beamer.page, 'beamer (three houses)');
  await shot(page, 'console-sheet-in-block');
  await shot(beamer.page, 'beamer-three-houses');
  await expectOneScreen(beamer.page, 'beamer-three-houses');
  await page.getByRole('button', { name: 'Werkblad sluiten' }).click();

  // A new worksheet on the case, made inside the block, goes on the beamer and opens for editing.
  await page.getByText('Nieuw werkblad op deze casus').click();
  await page.locator('.sos-new-in-block').getByLabel('Soort werkblad').selectOption({ label: 'Veiligheidsplan' });
  await page.locator('.sos-new-in-block').getByLabel('Titel', { exact: true }).fill('Plan in de supervisie');
  await page.locator('.sos-new-in-block').getByRole('button', { name: '+ Werkblad maken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Plan in de supervisie' })).toBeVisible();
  await expect(beamer.page.locator('.sos-beamer-title')).toContainText('Plan in de supervisie');
  await expect(consoleScreen.blockHeading('Stille schaalvraag')).toBeVisible();
  await page.getByRole('button', { name: 'Werkblad sluiten' }).click();

  // Other worksheets at beamer size.
  for (const [label, name] of [
    ['Veiligheidscirkels: Netwerk van K1', 'beamer-circles'],
    ['Woord- en Beeldverhaal: Verhaal voor K1', 'beamer-storyboard'],
    ['Gevaarsituatie, veiligheidsdoel en bodemeisen: Gevaarsituatie oefenen', 'beamer-statements'],
    ['De kaart: Kaart oefencasus', 'beamer-map-sheet'],
  ] as const) {
    await page.getByRole('tab', { name: 'Werkblad' }).click();
    await page.getByLabel('Werkblad op de beamer').selectOption({ label });
    await expect(beamer.page.locator('.sos-beamer-title')).toContainText(label.split(': ')[1]!);
    await shot(beamer.page, name);
    await expectOneScreen(beamer.page, name);
  }
  // The map's scores stand beside its columns (the map sheet is the last one put up).
  await expect(beamer.page.locator('.sos-map-scale').getByRole('figure', { name: 'Verdeling van de scores' })).toBeVisible();
  // On a shorter screen the type steps down until the full map fits, and stays readable.
  await beamer.page.setViewportSize({ width: 1920, height: 900 });
  await expectOneScreen(beamer.page, 'beamer-map-sheet at 1920×900');
  expect(Number(await beamer.page.locator('.sos-beamer').evaluate((el) => el.style.getPropertyValue('--fit')))).toBeLessThan(1);
  await shot(beamer.page, 'beamer-map-sheet-900');
  await beamer.page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByLabel('Werkblad op de beamer').selectOption({ label: '— geen werkblad, de kaart —' });

  // The appreciative close.
  await consoleScreen.pressNext();
  await expect(consoleScreen.blockHeading('Praktijkopdracht en evaluatie')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Waarderende afsluiting', selected: true })).toBeVisible();
  await page.getByLabel('Wat ging er goed in jouw werk met dit gezin?').fill('Ik heb oma vroeg betrokken.');
  await expect(beamer.text('Ik heb oma vroeg betrokken.')).toBeVisible();
  await shot(page, 'console-close');
  await shot(beamer.page, 'beamer-close');
  await expectOneScreen(beamer.page, 'beamer-close');
  await consoleScreen.finish();
  await beamer.close();

  // Back in the traject: the praktijkopdracht is reported and the module evaluated.
  await page.goto(`${app.url.split('#')[0]}#/sos`);
  await page.getByRole('button', { name: /SoS verdieping 2026/ }).click();
  await traject.openModule(1);
  await expect(traject.assignment(1, 'Wat ik ga proberen', 'Anna Jeugdbeschermer')).toHaveValue('Ik vraag bij een gezin wie er in de binnenste cirkel staat.');
  await traject.assignment(1, 'Hoe het ging', 'Anna Jeugdbeschermer').fill('De moeder noemde de buurvrouw, die we niet kenden.');
  await traject.assignment(1, 'Wat ik ervan leerde', 'Anna Jeugdbeschermer').fill('Ik vraag eerder door naar wie er echt is.');
  await traject.evaluation(1, 'Wat hielp', 'Bram Gezinsvoogd').fill('De cirkels tekenen met een echte casus');
  await traject.evaluation(1, 'Cijfer 0–10', 'Bram Gezinsvoogd').selectOption('8');
  await traject.evaluation(1, 'Waarom dit cijfer', 'Bram Gezinsvoogd').fill('Direct bruikbaar');
  await traject.saved();
  await page.reload();
  await traject.openModule(1);
  await expect(traject.assignment(1, 'Hoe het ging', 'Anna Jeugdbeschermer')).toHaveValue('De moeder noemde de buurvrouw, die we niet kenden.');
  await expect(traject.evaluation(1, 'Cijfer 0–10', 'Bram Gezinsvoogd')).toHaveValue('8');
  await expect(traject.module(1).getByRole('button', { name: 'Module leiden' })).toBeVisible();
  // Attendance (and the SKJ hours) are the bijeenkomst's, shown with the module.
  await expect(traject.module(1).getByText('Aanwezig: 4 van 4')).toBeVisible();
  await shot(page, 'console-traject');
});
