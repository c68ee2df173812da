import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell, SAVED } from './app';
import { PlanPage } from './plan';

export interface MemberData {
  name: string;
  function: string;
  organisation: string;
  skj?: string;
}

/** The list of leergroepen, and a new group by name. */
export class GroupsPage {
  readonly heading: Locator;
  readonly emptyHeading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Leergroepen' });
    this.emptyHeading = page.getByRole('heading', { name: 'Nog geen leergroepen' });
  }
  /** Through the main navigation. */
  async open() {
    await new AppShell(this.page).goTo('groups');
    await expect(this.heading).toBeVisible();
  }
  /** Creates a group and lands on it. */
  async create(name: string): Promise<GroupPage> {
    await this.page.getByLabel('Naam van de nieuwe groep').fill(name);
    await this.page.getByRole('button', { name: '+ Groep aanmaken' }).click();
    const group = new GroupPage(this.page);
    await expect(group.heading(name)).toBeVisible();
    return group;
  }
}

/** One leergroep: its members (rows numbered from 1) and its bijeenkomsten. */
export class GroupPage {
  constructor(readonly page: Page) {}
  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }
  memberName(n: number) {
    return this.page.getByLabel(`Naam ${n}`, { exact: true });
  }
  memberFunction(n: number) {
    return this.page.getByLabel(`Functie ${n}`);
  }
  memberOrganisation(n: number) {
    return this.page.getByLabel(`Organisatie ${n}`);
  }
  memberSkj(n: number) {
    return this.page.getByLabel(`SKJ-nummer ${n}`);
  }
  /** Adds a member row and fills it; resolves with its row number. Not saved yet. */
  async addMember(member: MemberData): Promise<number> {
    const n = (await this.page.getByLabel(/^Naam \d+$/).count()) + 1;
    await this.page.getByRole('button', { name: '+ Lid toevoegen' }).click();
    await this.memberName(n).fill(member.name);
    await this.memberFunction(n).fill(member.function);
    await this.memberOrganisation(n).fill(member.organisation);
    if (member.skj !== undefined) await this.memberSkj(n).fill(member.skj);
    return n;
  }
  /** Saves name and members and waits for the confirmation (the newest toast). */
  async save() {
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(new AppShell(this.page).notice(SAVED).last()).toBeVisible();
    // The form takes the saved state a moment after the toast; leaving before that would ask to discard.
    await expect(this.page.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  }
  /** Opens the form to plan a new bijeenkomst for this group. */
  async planBijeenkomst(): Promise<PlanPage> {
    await this.page.getByRole('button', { name: '+ Bijeenkomst plannen' }).click();
    const plan = new PlanPage(this.page);
    await expect(plan.heading).toBeVisible();
    return plan;
  }
}
