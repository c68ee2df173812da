import type { Locator, Page } from '@playwright/test';

export type Role = 'gespreksleider' | 'inbrenger' | 'notulist' | 'tijdbewaker';

/** Planning a bijeenkomst, or changing the plan of one that has not started. */
export class PlanPage {
  readonly heading: Locator;
  readonly date: Locator;
  readonly startTime: Locator;
  readonly endTime: Locator;
  readonly script: Locator;
  readonly caseSelect: Locator;
  readonly leervraag: Locator;
  /** The gentle hint shown while the leervraag is not in ik-vorm. */
  readonly ikVormTip: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' });
    this.date = page.getByLabel('Datum');
    this.startTime = page.getByLabel('Begintijd');
    this.endTime = page.getByLabel('Eindtijd');
    this.script = page.getByLabel('Script');
    this.caseSelect = page.getByLabel('Casus');
    this.leervraag = page.getByLabel('Leervraag');
    this.ikVormTip = page.getByText(/Tip: een leervraag in ik-vorm/);
  }
  /** The member select for a role. */
  role(role: Role) {
    return this.page.getByLabel(role, { exact: true });
  }
  /** Date (yyyy-mm-dd) and start time (hh:mm); the end time follows the script. */
  async schedule(date: string, startTime: string) {
    await this.date.fill(date);
    await this.startTime.fill(startTime);
  }
  /** Gives each named role to a member, by name, in the order given. */
  async chooseRoles(roles: Partial<Record<Role, string>>) {
    for (const [role, member] of Object.entries(roles) as [Role, string][]) {
      await this.role(role).selectOption({ label: member });
    }
  }
  async chooseCase(codeName: string) {
    await this.caseSelect.selectOption({ label: codeName });
  }
  /** Plans the new bijeenkomst. */
  async submit() {
    await this.page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  }
  /** Saves a changed plan. */
  async save() {
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
  }
}
