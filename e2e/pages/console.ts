import type { Locator, Page } from '@playwright/test';
import { LearningForm } from './learning';

/** The lists on the Vier Vensters canvas that take a new point with Enter. */
export type CanvasList = 'Krachten' | 'Zorgen' | 'Wat weten we niet?' | 'Perspectieven van de groep' | 'Gebruikte criteria' | 'Waar verschillen we?';
export type FactKind = 'vaststaand' | 'interpretatie' | 'betwist';

/**
 * The facilitator console: the current block, the countdown against the plan, the controls (the
 * keyboard shortcuts work while typing too), the Vier Vensters canvas of the block, and the
 * leeropbrengst in its block.
 */
export class ConsolePage {
  readonly timer: Locator;
  /** "Op schema" or "N minuten uitloop". */
  readonly late: Locator;
  /** The autosave state of the canvas or the learning record ("Opgeslagen" when stored). */
  readonly saveBadge: Locator;
  /** The facilitator's instruction for the current block, which the beamer must not show. */
  readonly instruction: Locator;
  /** The decision guard's notice under a text. */
  readonly guard: Locator;
  readonly inbrengerWeging: Locator;
  readonly silentScaling: Locator;
  readonly scoreDistribution: Locator;
  readonly learning: LearningForm;
  constructor(readonly page: Page) {
    this.timer = page.getByTestId('timer');
    this.late = page.getByTestId('late');
    this.saveBadge = page.locator('.save-badge');
    this.instruction = page.locator('.console-aside .md');
    this.guard = page.locator('.guard');
    this.inbrengerWeging = page.getByLabel(/Weging van de inbrenger/);
    this.silentScaling = page.getByLabel('Stille schaalvraag (0–10)');
    this.scoreDistribution = page.getByRole('figure', { name: 'Verdeling van de scores' });
    this.learning = new LearningForm(page);
  }

  /** The current block's title. */
  blockHeading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
  /** The canvas heading of a venster block, e.g. "Venster 1 · Mensen". */
  vensterHeading(name: string) {
    return this.page.getByRole('heading', { level: 2, name });
  }
  /** The leervraag, shown large in blocks without a canvas. */
  leervraag(text: string) {
    return this.page.getByText(text).first();
  }
  /** Minutes behind the plan, from the "N minuten uitloop" line; throws when on time. */
  async lateMinutes(): Promise<number> {
    const text = (await this.late.textContent()) ?? '';
    const m = /^(\d+) minuten? uitloop$/.exec(text);
    if (!m) throw new Error(`not running late: "${text}"`);
    return Number(m[1]);
  }

  // Controls, by keyboard as a facilitator uses them, and by button.
  /** Space: start, pause or resume. */
  async pressStartPause() {
    await this.page.keyboard.press('Space');
  }
  /** Alt+→: the next block. */
  async pressNext() {
    await this.page.keyboard.press('Alt+ArrowRight');
  }
  /** Alt+←: the previous block. */
  async pressPrevious() {
    await this.page.keyboard.press('Alt+ArrowLeft');
  }
  /** Alt+=: five more minutes for this block. */
  async pressPlusFive() {
    await this.page.keyboard.press('Alt+Equal');
  }
  /** Alt+B: opens the beamer view in a new window or tab. */
  async pressBeamer(): Promise<BeamerPage> {
    const opened = this.page.context().waitForEvent('page');
    await this.page.keyboard.press('Alt+b');
    return new BeamerPage(await opened);
  }
  /** Ends the bijeenkomst (the last block's button). */
  async finish() {
    await this.page.getByRole('button', { name: 'Afronden' }).click();
  }
  /** What "Afronden" lists first: decision text nobody rephrased. */
  get finishCheck() {
    return this.page.getByRole('dialog', { name: 'Eerst: besluittaal die niet is herschreven' });
  }
  /** In that list: rephrase everything as suggestions, then finish. */
  async rephraseAllAndFinish() {
    await this.finishCheck.getByRole('button', { name: 'Alles herschrijven als suggestie' }).click();
    await this.finishCheck.getByRole('button', { name: 'Afronden' }).click();
  }
  /** Back to the session's overview. */
  async backToOverview() {
    await this.page.getByRole('button', { name: '← Overzicht' }).click();
  }

  // Venster 1 · Mensen (rows numbered from 1).
  async takeOverRoster() {
    await this.page.getByRole('button', { name: 'Neem de personen van de casus over' }).click();
  }
  relation(n: number) {
    return this.page.getByLabel(`Relatie ${n}`);
  }
  perspective(n: number) {
    return this.page.getByLabel(`Perspectief ${n}`);
  }
  regie(n: number) {
    return this.page.getByLabel(`Heeft regie ${n}`);
  }
  async describePerson(n: number, p: { relation?: string; perspective?: string; regie?: boolean }) {
    if (p.relation !== undefined) await this.relation(n).fill(p.relation);
    if (p.perspective !== undefined) await this.perspective(n).fill(p.perspective);
    if (p.regie) await this.regie(n).check();
  }

  // Venster 2 · Feiten.
  fact(n: number) {
    return this.page.getByLabel(`Feit ${n}`);
  }
  factKind(n: number) {
    return this.page.getByLabel(`Soort ${n}`);
  }
  /** Adds a fact to the timeline (of a kind, if given); resolves with its number. */
  async addFact(text: string, kind?: FactKind): Promise<number> {
    const n = (await this.page.getByLabel(/^Feit \d+$/).count()) + 1;
    await this.page.getByRole('button', { name: '+ Feit toevoegen' }).click();
    if (kind) await this.factKind(n).selectOption(kind);
    await this.fact(n).fill(text);
    return n;
  }
  /** A new point in one of the canvas lists, added with Enter. */
  async addToList(list: CanvasList, text: string) {
    await this.page.getByLabel(`${list}: nieuw punt`).fill(text);
    await this.page.keyboard.press('Enter');
  }
  /** The decision guard's way out: the text becomes a suggestion. */
  async rephraseAsSuggestion() {
    await this.page.getByRole('button', { name: 'Herformuleer als suggestie' }).click();
  }

  // Venster 3 · Weging: the silent scaling question.
  /** A member's score field, labelled with their name. */
  score(member: string) {
    return this.page.getByLabel(member, { exact: true });
  }
  /** "N van M hebben gescoord", shown until everyone has scored. */
  scoredSoFar(done: number, total: number) {
    return this.page.getByText(`${done} van ${total} hebben gescoord`);
  }

  // Venster 4 · Volgende stappen.
  ideaFrom(n: number) {
    return this.page.getByLabel(`Van ${n}`);
  }
  idea(n: number) {
    return this.page.getByLabel(`Idee ${n}`);
  }
  takeAlong(n: number) {
    return this.page.getByRole('checkbox', { name: 'De inbrenger neemt dit mee' }).nth(n - 1);
  }
  /** Adds an idea, from a member if given, marked as taken along if asked; resolves with its number. */
  async addIdea(text: string, o: { from?: string; takeAlong?: boolean } = {}): Promise<number> {
    const n = (await this.page.getByLabel(/^Idee \d+$/).count()) + 1;
    await this.page.getByRole('button', { name: '+ Idee toevoegen' }).click();
    if (o.from) await this.ideaFrom(n).selectOption({ label: o.from });
    await this.idea(n).fill(text);
    if (o.takeAlong) await this.takeAlong(n).check();
    return n;
  }
}

/** The beamer view: what the group sees, in its own window or tab. */
export class BeamerPage {
  readonly timer: Locator;
  readonly scoreDistribution: Locator;
  readonly finishedHeading: Locator;
  constructor(readonly page: Page) {
    this.timer = page.getByTestId('beamer-timer');
    this.scoreDistribution = page.getByRole('figure', { name: 'Verdeling van de scores' });
    this.finishedHeading = page.getByRole('heading', { level: 1, name: 'Bedankt voor jullie inbreng' });
  }
  blockHeading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
  /** Canvas text the beamer shows marked as decision language nobody rephrased. */
  decisionMark(text: string) {
    return this.page.locator('.bv-decision').filter({ hasText: text });
  }
  text(text: string) {
    return this.page.getByText(text);
  }
  async close() {
    await this.page.close();
  }
}
