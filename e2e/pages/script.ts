import type { Locator, Page } from '@playwright/test';

export class ScriptPage {
  readonly startTime: Locator;
  readonly blocks: Locator;
  constructor(readonly page: Page) {
    this.startTime = page.getByLabel('Begintijd');
    this.blocks = page.locator('ol.blocks > li');
  }
  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }
  blockClock(index: number) {
    return this.blocks.nth(index).locator('.block-clock');
  }
}
