/**
 * Every screen's address, in one place. The app uses hash routes (`#/groups/…`): in Electron the page
 * is app://…/index.html and on the loopback bridge it is one file too, so no server needs to know the
 * routes, and a reload shows the same screen. Addresses hold ids only, never text someone typed.
 */
const seg = encodeURIComponent;

export const paths = {
  home: () => '/',
  library: () => '/library',
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
  trajects: () => '/sos',
  traject: (id: string) => `/sos/${seg(id)}`,
  worksheet: (id: string) => `/sos/worksheets/${seg(id)}`,
  portfolio: () => '/portfolio',
  portfolioNewReflection: () => '/portfolio/reflections/new',
  portfolioReflection: (id: string) => `/portfolio/reflections/${seg(id)}`,
  portfolioGoals: () => '/portfolio/goals',
  portfolioGoal: (id: string) => `/portfolio/goals/${seg(id)}`,
  portfolioWb: () => '/portfolio/werkbegeleiding',
  portfolioWbPrint: () => '/portfolio/werkbegeleiding/print',
  portfolioHours: () => '/portfolio/hours',
  portfolioProfile: () => '/portfolio/profile',
  ffps: () => '/ffps',
  ffpsHistory: () => '/ffps/history',
  caseFfps: (caseId: string) => `/cases/${seg(caseId)}/ffps`,
  newNote: (caseId: string) => `/cases/${seg(caseId)}/ffps/new`,
  note: (id: string) => `/ffps/notes/${seg(id)}`,
  editNote: (id: string) => `/ffps/notes/${seg(id)}/edit`,
  giveFeedback: (id: string) => `/ffps/notes/${seg(id)}/feedback`,
  security: () => '/security',
};

/** Which main menu item a path belongs to. */
/** The bijeenkomst at this address, if the address is one of its screens (plan, record, console). */
export function sessionIdOfPath(pathname: string): string | null {
  const m = /^\/sessions\/([^/]+)/.exec(pathname);
  return m ? decodeURIComponent(m[1]) : null;
}

/**
 * The menu item a bijeenkomst belongs to by its werkvorm: an FFPS meeting to FFPS, a training module to
 * Trainingen, an MLB or intervisie to Leergroepen (its path alone says only /sessions).
 */
export function areaOfSessionFormat(format: 'mlb' | 'ffps' | 'sos' | 'intervisie'): 'groups' | 'ffps' | 'sos' {
  return format === 'ffps' ? 'ffps' : format === 'sos' ? 'sos' : 'groups';
}

export function areaOfPath(pathname: string): 'home' | 'library' | 'cases' | 'groups' | 'sos' | 'portfolio' | 'ffps' | 'search' | 'security' {
  if (pathname === '/' || pathname === '') return 'home';
  // Screens outside the main menu: no menu item is marked for them.
  if (pathname.startsWith('/search')) return 'search';
  if (pathname.startsWith('/security')) return 'security';
  if (pathname.startsWith('/sos')) return 'sos';
  if (pathname.startsWith('/portfolio')) return 'portfolio';
  if (pathname.startsWith('/ffps') || /^\/cases\/[^/]+\/ffps/.test(pathname)) return 'ffps';
  if (pathname.startsWith('/cases')) return 'cases';
  if (pathname.startsWith('/groups') || pathname.startsWith('/sessions')) return 'groups';
  return 'library';
}
