import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { api, seedGroup, seedSession } from './support/seed';
import { NotesEditor } from './pages/cases';
import { finish, start } from '../shared/sessions/engine';

/**
 * What a facilitator meets on the first day: the home screen, Dutch dates whatever the system says,
 * a console that keeps its controls in view and says plainly what state the bijeenkomst is in, and a
 * beamer sized to the room.
 */
// Screenshots for looking at the screens; under test-results unless LEERTAFEL_SCREENS names another folder.
const SCREENS = process.env.LEERTAFEL_SCREENS ?? 'test-results/firstday-screens';
/** Monday 30 November 2026, 12:50 in Amsterdam. */
const NOW = new Date('2026-11-30T11:50:00Z');
const IDEA = '00000000-0000-4000-8000-0000000000a1';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/${name}.png` });

test('the home screen: first steps on a fresh install, then what needs attention, and a bijeenkomst started on its day', async ({ page }) => {
  await page.clock.install({ time: NOW });
  app = await startApp(tempDataDir('leertafel-home-'));
  await page.goto(app.url);
  await expect(h1(page, 'Overzicht')).toBeVisible();
  await expect(page.getByText('Vandaag is het maandag 30 november 2026.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zo begin je' })).toBeVisible();
  await expect(page.getByText('Er is nog geen bijeenkomst gepland.')).toBeVisible();
  await expect(page.getByText('Geen case-notes die op feedback wachten.')).toBeVisible();
  await expectAccessible(page, 'home (fresh)');

  const group = await seedGroup(app.url);
  const today = await seedSession(app.url, group, '2026-11-30', '13:00');
  await seedSession(app.url, group, '2026-12-07', '09:30');
  const past = await seedSession(app.url, group, '2026-11-23', '13:00');
  const t0 = Date.parse('2026-11-23T12:00:00Z');
  await api(app.url, 'sessions.saveRun', { id: past.id, run: finish(start(past.run, t0), t0 + 90 * 60_000) });
  await api(app.url, 'sessions.saveCanvas', {
    id: past.id,
    canvas: { ...past.canvas, volgendeStappen: { ideas: [{ id: IDEA, memberId: group.members[2].id, text: 'Vraag K1 naar de drie huizen', takeAlong: true }] } },
  });
  const c = await api(app.url, 'cases.create', { format: 'mlb' });
  await api(app.url, 'cases.update', { id: c.id, codeName: c.codeName, format: 'mlb', retentionUntil: '2026-12-05', people: [], timeline: [] });

  await page.reload();
  await expect(h1(page, 'Overzicht')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zo begin je' })).toHaveCount(0);
  const upcoming = page.getByRole('list', { name: 'Komende bijeenkomsten' }).getByRole('listitem');
  await expect(upcoming).toHaveCount(2);
  await expect(upcoming.nth(0)).toContainText('maandag 30 november 2026');
  await expect(upcoming.nth(0)).toContainText('vandaag');
  await expect(upcoming.nth(0).getByRole('button', { name: 'Bijeenkomst starten' })).toBeVisible();
  await expect(upcoming.nth(1)).toContainText('maandag 7 december 2026');
  await expect(upcoming.nth(1).getByRole('button', { name: 'Bijeenkomst starten' })).toHaveCount(0);
  const reflections = page.getByRole('list', { name: 'Reflecties nog te schrijven' });
  await expect(reflections).toContainText('Team Noord · 23 nov 2026');
  await expect(reflections).toContainText('nog van: Anna Gespreksleider, Bram Inbrenger, Chris Deelnemer');
  await expect(page.getByRole('list', { name: 'Mee naar werkbegeleiding' })).toContainText('Vraag K1 naar de drie huizen');
  await expect(page.getByRole('list', { name: 'Casussen die binnenkort worden verwijderd' })).toContainText(`${c.codeName}bewaard tot 5 dec 2026`);
  await expectAccessible(page, 'home');
  await shot(page, 'home');

  await upcoming.nth(0).getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${today.id}/console$`));
  await expect(page.getByTestId('run-state')).toHaveText('Loopt');
  await expect(page.getByTestId('late')).toHaveText('Op schema');
});

test.describe('on a computer set to American English', () => {
  test.use({ locale: 'en-US' });

  test('dates are Dutch in Dutch and British in English, the clock is 24-hour, and the begintijd is remembered', async ({ page }) => {
    await page.clock.install({ time: NOW });
    app = await startApp(tempDataDir('leertafel-dates-'));
    const group = await seedGroup(app.url);
    await page.goto(`${app.url}#/groups/${group.id}`);
    await page.getByRole('button', { name: '+ Bijeenkomst plannen' }).click();
    const date = page.getByLabel('Datum');
    const startTime = page.getByLabel('Begintijd');
    await expect(date).toHaveValue('30-11-2026');
    // The planning dropdown says where each script comes from and which version it is.
    await expect(page.getByLabel('Script').locator('option').first()).toHaveText(/ — ingebouwd, versie \d+, \d+ min$/);
    await expect(startTime).toHaveValue('13:30');
    await date.fill('7-12-2026');
    await startTime.fill('1400');
    await startTime.blur();
    await expect(startTime).toHaveValue('14:00');
    await expect(page.getByLabel('Eindtijd')).toHaveValue('15:30');
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await expect(h1(page, '7 dec 2026, 14:00–15:30')).toBeVisible();

    await page.getByLabel('Taal').selectOption('en');
    await expect(h1(page, '7 Dec 2026, 14:00–15:30')).toBeVisible();
    await page.getByRole('button', { name: 'Change plan' }).click();
    await expect(page.getByLabel('Date')).toHaveValue('07/12/2026');
    await page.getByLabel('Language').selectOption('nl');

    // The begintijd of a script view stays what it was set to: after a visit elsewhere and a reload.
    await page.getByRole('navigation').getByRole('button', { name: 'Scriptbibliotheek', exact: true }).click();
    await page.getByRole('list', { name: 'Scriptbibliotheek' }).getByRole('listitem').first().getByRole('button').click();
    const begintijd = page.getByLabel('Begintijd');
    await expect(begintijd).toHaveValue('09:30');
    await begintijd.fill('10:15');
    await begintijd.blur();
    const scriptUrl = page.url();
    await page.getByRole('navigation').getByRole('button', { name: 'Casussen', exact: true }).click();
    await page.goto(scriptUrl);
    await expect(page.getByLabel('Begintijd')).toHaveValue('10:15');
    await page.reload();
    await expect(page.getByLabel('Begintijd')).toHaveValue('10:15');
  });
});

test('the console at 1280×800: controls stay in view, the state is plain, lateness counts from the plan, another day asks first, and finishing leads to the record', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.install({ time: NOW });
  app = await startApp(tempDataDir('leertafel-console-'));
  const group = await seedGroup(app.url);
  const late = await seedSession(app.url, group, '2026-11-30', '12:30');
  const tomorrow = await seedSession(app.url, group, '2026-12-01', '13:00');
  const state = page.getByTestId('run-state');
  const lateLine = page.getByTestId('late');
  const button = (name: string) => page.getByRole('group', { name: 'Bediening' }).getByRole('button', { name });

  // Planned for tomorrow: not started, says when it is planned, explains its disabled controls, asks before starting.
  await page.goto(`${app.url}#/sessions/${tomorrow.id}/console`);
  await expect(state).toHaveText('Nog niet gestart');
  await expect(lateLine).toHaveText('Gepland op dinsdag 1 december 2026 om 13:00');
  await expect(button('Volgende →')).toBeDisabled();
  await expect(button('Volgende →')).toHaveAttribute('title', 'Start eerst de bijeenkomst.');
  await expect(button('Volgende →')).toHaveAccessibleDescription('Start eerst de bijeenkomst.');
  await expect(page.getByText('Start eerst de bijeenkomst.')).toBeVisible();
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await button('Start').click();
  await expect.poll(() => asked).toContain('dinsdag 1 december 2026');
  await expect(state).toHaveText('Nog niet gestart');

  // Planned at 12:30 today and started at 12:50: twenty minutes late, and it starts without a question.
  await page.goto(`${app.url}#/sessions/${late.id}/console`);
  await expect(lateLine).toHaveText('Begint 20 minuten later dan gepland');
  page.on('dialog', (d) => {
    asked = `unexpected: ${d.message()}`;
    void d.dismiss();
  });
  asked = '';
  await button('Start').click();
  await expect(state).toHaveText('Loopt');
  await expect(lateLine).toHaveText('20 minuten uitloop');
  expect(asked).toBe('');

  // Venster 2, filled until the page scrolls: the timer and the controls stay in view.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'Venster 2 · Feiten' })).toBeVisible();
  for (let n = 1; n <= 24; n++) {
    await page.getByRole('button', { name: '+ Feit toevoegen' }).click();
    await page.getByLabel(`Feit ${n}`).fill(`Feit nummer ${n}: wat er in het voorjaar gebeurde, zoals de inbrenger het vertelde.`);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  await expect(page.getByTestId('timer')).toBeInViewport();
  await expect(button('Volgende →')).toBeInViewport();
  await expect(button('Pauze')).toBeInViewport();
  await expect(button('← Vorige')).toBeInViewport();
  await shot(page, 'console-1280x800-scrolled');

  await button('Pauze').click();
  await expect(state).toHaveText('Gepauzeerd');
  await button('Hervatten').click();
  await expect(state).toHaveText('Loopt');

  // Finishing: the console says so, shows the next steps and leads to the record.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowRight');
  await page.clock.fastForward('05:00');
  await button('Afronden').click();
  await expect(state).toHaveText('Afgerond');
  await expect(lateLine).toHaveText(/^Afgerond om \d\d:\d\d$/);
  await expect(page.getByText(/uitloop/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'De bijeenkomst is afgerond' })).toBeVisible();
  await expect(page.getByText('Reflecties: 0 van 3 geschreven')).toBeVisible();
  await expectAccessible(page, 'console (finished)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'console-finished');
  await page.getByRole('main').getByRole('button', { name: 'Naar het verslag →' }).first().click();
  await expect(h1(page, '30 nov 2026, 12:30–23:00')).toBeVisible();
});

test('the beamer at 1920×1080: large type that follows the window, the group’s questions, the canvas across the width, and a black screen', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: NOW });
  app = await startApp(tempDataDir('leertafel-beamer-'));
  const group = await seedGroup(app.url);
  const s = await seedSession(app.url, group, '2026-11-30', '12:50', '14:20');
  await page.goto(`${app.url}#/sessions/${s.id}/console`);
  const button = (name: string) => page.getByRole('group', { name: 'Bediening' }).getByRole('button', { name });
  await button('Start').click();
  for (let i = 0; i < 2; i++) await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'Venster 1 · Mensen' })).toBeVisible();
  const people = [
    ['Moeder', 'moeder van K1 en K2', 'Wil dat de kinderen thuis blijven wonen.\nVindt de school te streng.'],
    ['K1', 'zoon, 9 jaar', 'Zegt weinig over thuis; tekent veel.'],
    ['Oma', 'moeder van moeder', 'Past drie middagen per week op.'],
  ];
  for (const [n, [name, relation, perspective]] of people.entries()) {
    await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
    await page.getByLabel(`Persoon (pseudoniem) ${n + 1}`).fill(name);
    await page.getByLabel(`Relatie ${n + 1}`).fill(relation);
    await page.getByLabel(`Perspectief ${n + 1}`).fill(perspective);
  }
  await page.clock.fastForward('00:02');
  await expect(page.locator('.save-badge')).toHaveText('Opgeslagen');

  const opened = page.context().waitForEvent('page');
  await page.keyboard.press('Alt+b');
  const beamer = await opened;
  await beamer.setViewportSize({ width: 1920, height: 1080 });
  await expect(beamer.getByRole('heading', { level: 1, name: 'Venster 1 – Wie zijn de mensen?' })).toBeVisible();
  await expect(beamer.getByRole('heading', { name: 'Vragen voor de groep' })).toBeVisible();
  const prompts = beamer.getByRole('region', { name: 'Vragen voor de groep' }).getByRole('listitem');
  expect(await prompts.count()).toBeGreaterThan(0);
  await expect(beamer.getByText('Vindt de school te streng.')).toBeVisible();

  const px = (selector: string) => beamer.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('.beamer')).toBeGreaterThanOrEqual(28);
  expect(await px('.beamer h1')).toBeGreaterThanOrEqual(56);
  expect(await px('.beamer-prompts li')).toBeGreaterThanOrEqual(28);
  expect(await px('.bv-card span')).toBeGreaterThanOrEqual(28);
  const canvasWidth = await beamer.locator('.beamer-canvas').evaluate((el) => el.getBoundingClientRect().width);
  expect(canvasWidth).toBeGreaterThan(1700);
  await expectAccessible(beamer, 'beamer 1920×1080');
  await shot(beamer, 'beamer-1920x1080');
  // The type follows the window: a smaller window, smaller type.
  await beamer.setViewportSize({ width: 1280, height: 720 });
  expect(await px('.beamer')).toBeLessThan(24);
  await beamer.setViewportSize({ width: 1920, height: 1080 });

  // Pause shows on the beamer; B on the console blacks it out and brings it back.
  await button('Pauze').click();
  await expect(beamer.getByText('Pauze')).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('b');
  await expect(button('Beamer zwart')).toHaveAttribute('aria-pressed', 'true');
  await expect(beamer.getByTestId('beamer-black')).toBeVisible();
  await expect(beamer.getByText('Vindt de school te streng.')).toHaveCount(0);
  await expectAccessible(beamer, 'beamer (black)');
  await shot(beamer, 'beamer-black');
  await page.keyboard.press('b');
  await expect(button('Beamer zwart')).toHaveAttribute('aria-pressed', 'false');
  await expect(beamer.getByText('Vindt de school te streng.')).toBeVisible();
});

test('a disabled action says why, on screen and to a screen reader', async ({ page }) => {
  app = await startApp(tempDataDir('leertafel-why-'));
  await page.goto(`${app.url}#/groups`);
  const create = page.getByRole('button', { name: '+ Groep aanmaken' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription('Vul eerst een naam in.');
  await expect(page.getByText('Vul eerst een naam in.')).toBeVisible();
  await page.getByLabel('Naam van de nieuwe groep').fill('Team Zuid');
  await expect(page.getByText('Vul eerst een naam in.')).toHaveCount(0);
  await create.click();
  await expect(h1(page, 'Team Zuid')).toBeVisible();
  const plan = page.getByRole('button', { name: '+ Bijeenkomst plannen' });
  await expect(plan).toBeDisabled();
  await expect(plan).toHaveAccessibleDescription('Voeg eerst minstens twee leden toe en sla op.');
  await expect(page.getByText('Voeg eerst minstens twee leden toe en sla op.')).toBeVisible();
  await expectAccessible(page, 'group without members');

  // Long text is read whole: the field grows instead of cutting it off.
  await page.getByRole('button', { name: '+ Lid toevoegen' }).click();
  const name = page.getByLabel('Naam 1', { exact: true });
  await name.fill('Chantal van den Heuvel-Oudshoorn de Wit');
  const fits = await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 2);
  expect(fits).toBe(true);
  await name.press('Enter'); // one line stays one line
  await expect(name).toHaveValue('Chantal van den Heuvel-Oudshoorn de Wit');

  // A new training needs a name and a group; the button says which is missing.
  await page.goto(`${app.url}#/sos`);
  const training = page.getByRole('button', { name: '+ Nieuwe training' });
  await expect(training).toHaveAccessibleDescription('Vul eerst een naam in.');
  await page.getByLabel('Naam van de training').fill('Verdieping voorjaar');
  await expect(training).toBeDisabled();
  await expect(training).toHaveAccessibleDescription('Kies eerst een leergroep.');
  await expect(page.getByText('Kies eerst een leergroep.')).toBeVisible();
  await page.getByLabel('Leergroep', { exact: true }).selectOption({ label: 'Team Zuid' });
  await expect(training).toBeEnabled();
  await expect(page.getByText('Kies eerst een leergroep.')).toHaveCount(0);

  // The notes are saved only when every finding is resolved; until then Opslaan says so.
  const kase = await api(app.url, 'cases.create', { format: 'mlb' });
  await page.goto(`${app.url}#/cases/${kase.id}/notes`);
  const notes = new NotesEditor(page);
  await notes.type('Moeder belde met Jolanda Verhoef over de afspraak.');
  await expect(notes.finding('Jolanda Verhoef')).toBeVisible();
  await expect(notes.saveButton).toBeDisabled();
  await expect(notes.saveButton).toHaveAccessibleDescription('Los eerst de gemarkeerde gegevens op.');
  await expectAccessible(page, 'notes with an open finding');
});

test('toasts never hide the controls: at the foot of a long page a confirmation covers none', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  app = await startApp(tempDataDir('leertafel-toasts-'));
  const members = Array.from({ length: 14 }, (_, i) => ({ name: `Lid ${String.fromCharCode(65 + i)}${i}`, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null }));
  const group = await api(app.url, 'groups.save', { name: 'Team Lang', description: '', members });
  await page.goto(`${app.url}#/groups/${group.id}`);
  await expect(h1(page, 'Team Lang')).toBeVisible();
  await page.getByLabel('Functie 14', { exact: true }).fill('gezinsvoogd');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'Wijzigingen opgeslagen.' });
  await expect(toast).toBeVisible();
  // Scrolled to the foot while the toast is there: every control the window shows (its middle below the
  // sticky bars) can be reached, none lies under the toast (the notices' bar, ui/toasts.tsx).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const covered = await page.evaluate(() => {
    const toastBox = document.querySelector('.toasts')!.getBoundingClientRect();
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea')) {
      const r = el.getBoundingClientRect();
      const middle = (r.top + r.bottom) / 2;
      if (r.width === 0 || middle < toastBox.bottom || r.top >= window.innerHeight) continue;
      const overlaps = r.left < toastBox.right && toastBox.left < r.right && r.top < toastBox.bottom && toastBox.top < r.bottom;
      if (overlaps) out.push(el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
    }
    // The page's last control is in view below the toasts.
    const last = [...document.querySelectorAll<HTMLElement>('main button, main textarea')].at(-1)!.getBoundingClientRect();
    return { out, lastTop: last.top, lastBottom: last.bottom, toastBottom: toastBox.bottom };
  });
  expect(toastBoxHeight(await toast.boundingBox())).toBeGreaterThan(0);
  expect(covered.out).toEqual([]);
  expect(covered.lastTop).toBeGreaterThanOrEqual(covered.toastBottom);
  expect(covered.lastBottom).toBeLessThanOrEqual(800);
  await shot(page, 'toast-at-foot');
});

const toastBoxHeight = (b: { height: number } | null) => b?.height ?? 0;
