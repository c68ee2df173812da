/**
 * The method names alone, without schemas: the sandboxed preload imports this (and nothing heavier),
 * the contract is checked against it at compile time, and a test checks it at run time too.
 */
export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'scripts.list',
  'scripts.get',
  'scripts.duplicate',
  'scripts.save',
  'scripts.delete',
  'scripts.restore',
  'scripts.export',
  'scripts.import',
  'cases.list',
  'cases.suggestCodeName',
  'cases.create',
  'cases.get',
  'cases.update',
  'cases.saveNotes',
  'cases.recognise',
  'cases.delete',
  'cases.export',
  'cases.purgeExpired',
  'anonymiser.lexicons',
  'notices.list',
  'notices.dismiss',
  'groups.list',
  'groups.get',
  'groups.save',
  'groups.delete',
  'sessions.list',
  'sessions.plan',
  'sessions.get',
  'sessions.updatePlan',
  'sessions.saveRun',
  'sessions.saveCanvas',
  'sessions.saveLearning',
  'sessions.saveReflection',
  'sessions.delete',
  'sessions.export',
  'window.openBeamer',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel of a method: one channel per method, so main registers exactly these. */
export const channelOf = (m: MethodName): string => `leertafel:${m}`;
