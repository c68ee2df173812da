import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Signs of Safety trainings: the list and a new traject for a leergroep. */
export class TrajectsPage {
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Signs of Safety-verdiepingstrainingen' });
  }
  async open() {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Trainingen', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }
  async create(title: string, group: string): Promise<TrajectPage> {
    await this.page.getByLabel('Naam van de training').fill(title);
    await this.page.getByLabel('Leergroep').selectOption({ label: group });
    await this.page.getByRole('button', { name: '+ Nieuwe training' }).click();
    const traject = new TrajectPage(this.page);
    await expect(traject.heading(title)).toBeVisible();
    return traject;
  }
}

/** One traject: trainer, participants, the oefencasus, and its modules (numbered from 1). */
export class TrajectPage {
  readonly saveBadge: Locator;
  constructor(readonly page: Page) {
    this.saveBadge = page.locator('.save-badge');
  }
  heading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
  async saved() {
    await expect(this.saveBadge).toHaveText('Opgeslagen');
  }
  module(n: number): Locator {
    return this.page.getByTestId(`module-${n}`);
  }
  async openModule(n: number): Promise<Locator> {
    const m = this.module(n);
    if ((await m.getAttribute('open')) === null) await m.locator('summary').click();
    return m;
  }
  async setup(o: { trainer: string; participants: string[]; case: string }) {
    await this.page.getByLabel('Trainer', { exact: true }).selectOption({ label: o.trainer });
    for (const p of o.participants) await this.page.getByRole('group', { name: 'Deelnemers' }).getByLabel(p).check();
    await this.page.getByLabel('Oefencasus').selectOption({ label: o.case });
    await this.saved();
  }
  async planModule(n: number, date: string, start: string, end: string) {
    const m = await this.openModule(n);
    await m.getByLabel('Datum').fill(date);
    await this.saved();
    await m.getByLabel('Begin').fill(start);
    await m.getByLabel('Einde').fill(end);
    await m.getByRole('button', { name: 'Plannen als bijeenkomst' }).click();
    await expect(m.getByRole('button', { name: 'Module leiden' })).toBeVisible();
  }
  /** Creates a worksheet in a module and lands on it. */
  async newWorksheet(n: number, kind: string, title: string): Promise<WorksheetPage> {
    const m = await this.openModule(n);
    await m.getByLabel('Soort werkblad').selectOption({ label: kind });
    await m.getByLabel('Titel', { exact: true }).fill(title);
    await m.getByRole('button', { name: '+ Werkblad maken' }).click();
    const sheet = new WorksheetPage(this.page);
    await expect(sheet.heading(title)).toBeVisible();
    return sheet;
  }
  assignment(n: number, field: 'Wat ik ga proberen' | 'Hoe het ging' | 'Wat ik ervan leerde', member: string) {
    return this.module(n).getByLabel(`${field}: ${member}`);
  }
  evaluation(n: number, field: 'Wat hielp' | 'Wat kan anders' | 'Cijfer 0–10' | 'Waarom dit cijfer', member: string) {
    return this.module(n).getByLabel(`${field}: ${member}`);
  }
}

/** One worksheet: its editor, the practice header and the exports. */
export class WorksheetPage {
  readonly saveBadge: Locator;
  readonly practice: Locator;
  readonly hints: Locator;
  constructor(readonly page: Page) {
    this.saveBadge = page.locator('.save-badge');
    this.practice = page.getByRole('note').filter({ hasText: 'geen besluit over een gezin' });
    this.hints = page.locator('.sos-hints li');
  }
  heading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
  async saved() {
    await expect(this.saveBadge).toHaveText('Opgeslagen');
  }
  async back() {
    await this.page.getByRole('button', { name: '← Terug naar de training' }).click();
  }
  async addToList(list: string, text: string) {
    await this.page.getByLabel(`${list}: nieuw punt`).fill(text);
    await this.page.keyboard.press('Enter');
  }
  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('group', { name: 'Exporteren voor het portfolio' }).getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
