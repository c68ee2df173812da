/**
 * Every screen's address, in one place. The app uses hash routes (`#/groups/…`): in Electron the page
 * is app://…/index.html and on the loopback bridge it is one file too, so no server needs to know the
 * routes, and a reload shows the same screen. Addresses hold ids only, never text someone typed.
 */
const seg = encodeURIComponent;

export const paths = {
  library: () => '/',
  script: (id: string) => `/scripts/${seg(id)}`,
  edit: (id: string) => `/scripts/${seg(id)}/edit`,
  print: (id: string) => `/scripts/${seg(id)}/print`,
  cases: () => '/cases',
  case: (id: string) => `/cases/${seg(id)}`,
  caseNotes: (id: string) => `/cases/${seg(id)}/notes`,
  groups: () => '/groups',
  group: (id: string) => `/groups/${seg(id)}`,
  plan: (groupId: string) => `/groups/${seg(groupId)}/plan`,
  session: (id: string) => `/sessions/${seg(id)}`,
  editPlan: (sessionId: string) => `/sessions/${seg(sessionId)}/plan`,
  console: (id: string) => `/sessions/${seg(id)}/console`,
  search: () => '/search',
};

/** Which main menu item a path belongs to. */
export function areaOfPath(pathname: string): 'library' | 'cases' | 'groups' {
  if (pathname.startsWith('/cases')) return 'cases';
  if (pathname.startsWith('/groups') || pathname.startsWith('/sessions')) return 'groups';
  return 'library';
}
