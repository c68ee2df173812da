import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly cards: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Scriptbibliotheek' });
    this.search = page.getByLabel('Zoek op titel');
    this.cards = page.getByRole('list', { name: 'Scriptbibliotheek' }).getByRole('listitem');
  }
  /** The app opens on the home screen; the library is a click in the main navigation. */
  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByRole('navigation').getByRole('button', { name: 'Scriptbibliotheek', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }
  filter(name: string) {
    return this.page.getByRole('group', { name: 'Filteren op werkvorm' }).getByRole('button', { name });
  }
  card(title: string) {
    return this.cards.filter({ hasText: title });
  }
  async openScript(title: string) {
    await this.card(title).getByRole('button').click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  async importFile(name: string, content: string) {
    await this.page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(content, 'utf8') });
  }
}
