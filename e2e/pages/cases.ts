import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShell, SAVED } from './app';

/** The case list: every case by its code name, and where it was discussed. */
export class CasesPage {
  readonly heading: Locator;
  readonly emptyHeading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Casussen' });
    this.emptyHeading = page.getByRole('heading', { name: 'Nog geen casussen' });
  }
  /** Through the main navigation. */
  async open() {
    await new AppShell(this.page).goTo('cases');
    await expect(this.heading).toBeVisible();
  }
  /** Creates a case and lands on it; resolves with the code name the app gave it. */
  async newCase(): Promise<string> {
    await this.page.getByRole('button', { name: '+ Nieuwe casus' }).click();
    const title = new CasePage(this.page).title;
    await expect(title).toBeVisible();
    return (await title.textContent())!;
  }
  caseLink(codeName: string) {
    return this.page.getByRole('button', { name: codeName });
  }
  row(codeName: string) {
    return this.page.getByRole('row').filter({ hasText: codeName });
  }
}

/** One case: roster, timeline, the stored (anonymised) notes and the export. */
export class CasePage {
  readonly title: Locator;
  readonly saveButton: Locator;
  readonly notes: Locator;
  /** The live check under a roster or timeline field. */
  readonly nameWarning: Locator;
  readonly dateWarning: Locator;
  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1, name: /^Casus \S+$/ });
    this.saveButton = page.getByRole('button', { name: 'Opslaan' });
    this.notes = page.locator('.md');
    this.nameWarning = page.getByText(/Bevat mogelijk een naam/);
    this.dateWarning = page.getByText(/Bevat mogelijk een datum/);
  }
  role(n: number) {
    return this.page.getByLabel(`Rol ${n}`);
  }
  pseudonym(n: number) {
    return this.page.getByLabel(`Pseudoniem ${n}`);
  }
  when(n: number) {
    return this.page.getByLabel(`Wanneer ${n}`);
  }
  what(n: number) {
    return this.page.getByLabel(`Wat gebeurde er ${n}`);
  }
  /** Adds a person to the roster; resolves with their row number. */
  async addPerson(role: string, pseudonym: string): Promise<number> {
    const n = (await this.page.getByLabel(/^Rol \d+$/).count()) + 1;
    await this.page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
    await this.role(n).fill(role);
    await this.pseudonym(n).fill(pseudonym);
    return n;
  }
  /** Adds a moment to the timeline; resolves with its row number. */
  async addMoment(when: string, what: string): Promise<number> {
    const n = (await this.page.getByLabel(/^Wanneer \d+$/).count()) + 1;
    await this.page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    await this.when(n).fill(when);
    await this.what(n).fill(what);
    return n;
  }
  /** Saves roster and timeline and waits for the confirmation. */
  async save() {
    await this.saveButton.click();
    await expect(new AppShell(this.page).notice(SAVED)).toBeVisible();
  }
  async writeNotes(): Promise<NotesEditor> {
    await this.page.getByRole('button', { name: 'Aantekeningen schrijven of plakken' }).click();
    return new NotesEditor(this.page);
  }
  async editNotes(): Promise<NotesEditor> {
    await this.page.getByRole('button', { name: 'Aantekeningen bewerken' }).click();
    return new NotesEditor(this.page);
  }
  async exportMarkdown(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Exporteren (.md)' }).click();
    return download;
  }
}

/** The notes editor: raw text in, every finding resolved, only then stored. */
export class NotesEditor {
  readonly text: Locator;
  readonly saveButton: Locator;
  readonly findings: Locator;
  readonly activeFinding: Locator;
  /** "N bevindingen open" or "Alles opgelost". */
  readonly status: Locator;
  readonly allResolved: Locator;
  readonly recognisedHint: Locator;
  readonly saved: Locator;
  constructor(readonly page: Page) {
    this.text = page.getByLabel('Tekst', { exact: true });
    this.saveButton = page.getByRole('button', { name: 'Opslaan' });
    this.findings = page.locator('.finding');
    this.activeFinding = page.locator('.finding-active');
    this.status = page.getByRole('status').filter({ hasText: /bevinding|opgelost/ });
    this.allResolved = page.getByRole('status').filter({ hasText: 'Alles opgelost' });
    this.recognisedHint = page.getByText('Eerder in deze casus zo opgelost.');
    this.saved = page.getByText('Geanonimiseerde aantekeningen opgeslagen.');
  }
  /** The status line, when it says `text`. */
  statusSaying(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
  finding(text: string) {
    return this.findings.filter({ hasText: text });
  }
  /** Types at the caret, after focusing the text. */
  async type(text: string) {
    await this.text.focus();
    await this.page.keyboard.type(text);
  }
  /** Types after the end of what is there. */
  async typeAtEnd(text: string) {
    await this.text.focus();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }
  /** Pastes through the real clipboard (needs clipboard permissions) with Ctrl+V. */
  async paste(text: string) {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('Control+V');
  }
  /** Selects a finding and marks it "niet herkenbaar". */
  async markNotIdentifying(text: string) {
    await this.finding(text).locator('.finding-select').click();
    await this.page.getByRole('button', { name: /Niet herkenbaar/ }).click();
  }
  /** Alt+A: replace the active finding everywhere with the suggestion. */
  async acceptByKeyboard() {
    await this.page.keyboard.press('Alt+KeyA');
  }
  /** Alt+Shift+A: take every suggestion. */
  async acceptAllByKeyboard() {
    await this.page.keyboard.press('Alt+Shift+KeyA');
  }
  /**
   * Resolves every finding with the keyboard only: a name gets `personPseudonym` (Alt+P, type, Enter),
   * anything else the suggestion (Alt+A).
   */
  async resolveAllByKeyboard(personPseudonym: string) {
    for (let i = 0; i < 30; i++) {
      if ((await this.status.textContent())?.includes('Alles opgelost')) return;
      const label = await this.activeFinding.locator('.label').textContent();
      if (label === 'naam') {
        await this.page.keyboard.press('Alt+KeyP');
        await this.page.keyboard.press('Control+A');
        await this.page.keyboard.type(personPseudonym);
        await this.page.keyboard.press('Enter');
      } else {
        await this.acceptByKeyboard();
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error('findings did not resolve');
  }
  /** Clicks Opslaan and waits for the confirmation. */
  async save() {
    await this.saveButton.click();
    await expect(this.saved).toBeVisible();
  }
  /** Ctrl+S. */
  async saveByKeyboard() {
    await this.page.keyboard.press('Control+S');
  }
  async cancel() {
    await this.page.getByRole('button', { name: 'Annuleren' }).click();
  }
}
