import type { Locator, Page } from '@playwright/test';

export class EditorPage {
  readonly title: Locator;
  readonly blocks: Locator;
  readonly schedule: Locator;
  constructor(readonly page: Page) {
    this.title = page.getByLabel('Titel', { exact: true });
    this.blocks = page.locator('ol.edit-blocks > li');
    this.schedule = page.getByTestId('schedule').locator('li');
  }
  block(n: number) {
    return this.blocks.nth(n);
  }
  blockTitle(n: number) {
    return this.block(n).getByLabel('Titel van het blok');
  }
  blockMinutes(n: number) {
    return this.block(n).getByLabel('Minuten');
  }
  save() {
    return this.page.getByRole('button', { name: 'Opslaan' }).click();
  }
}
