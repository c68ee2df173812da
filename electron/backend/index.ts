/**
 * The backend, composed in one place: the database, each area's service, the ports between areas, and
 * the handler map built from each area's handlers. Electron main and the loopback bridge both call
 * `createBackend`; neither adds behaviour of its own.
 *
 *   app · settings · anonymiser (gate) · search (index) · scripts · cases · groups · sessions · ffps
 *
 * Areas build on earlier ones through their service interfaces (`<area>/index.ts`). Where an earlier
 * area needs to know something of a later one (groups: is this member named in a bijeenkomst? cases:
 * where was this case discussed?), it declares a port and the composition below connects it.
 */
import path from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { createDispatch, createNameKey, defaultResourcesDir, openDatabase, SCHEMA_VERSION, type Db, type Dispatch } from './core';
import { NoticeRepository, appHandlers } from './app';
import { SettingsService, settingsHandlers } from './settings';
import { ScriptService, loadBuiltinScripts, scriptsHandlers } from './scripts';
import { Gate, anonymiserFor, anonymiserHandlers } from './anonymiser';
import { CaseService, casesHandlers } from './cases';
import { GroupService, groupsHandlers } from './groups';
import { SessionService, sessionsHandlers } from './sessions';
import { FfpsService, ffpsHandlers } from './ffps';
import { ExchangeService, exchangeHandlers } from './exchange';
import { SearchService, searchHandlers } from './search';

export interface BackendOptions {
  dataDir: string;
  resourcesDir?: string;
  nativeBinding?: string;
  shell: 'electron' | 'web';
  version?: string;
  log?: (line: string) => void;
  /** What only a windowing shell can do; the web shell leaves it out and opens a browser tab itself. */
  platform?: { openBeamer?: (sessionId: string) => boolean };
}

export interface Backend {
  db: Db;
  handlers: Handlers;
  dispatch: Dispatch;
  services: {
    scripts: ScriptService;
    settings: SettingsService;
    cases: CaseService;
    notices: NoticeRepository;
    groups: GroupService;
    sessions: SessionService;
    ffps: FfpsService;
    search: SearchService;
  };
  backupPath: string | null;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const log = options.log ?? (() => {});
  const { db, backupPath, fromVersion, toVersion } = openDatabase(options.dataDir, { nativeBinding: options.nativeBinding });
  if (fromVersion !== toVersion) log(`database migrated from version ${fromVersion} to ${toVersion}`);
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();

  const notices = new NoticeRepository(db);
  const settings = new SettingsService(db);
  const anonymiser = anonymiserFor(path.join(resourcesDir, 'lexicons'), (ms) => log(`anonymiser detector built in ${Math.round(ms)} ms`));
  const nameKey = createNameKey(options.dataDir);
  const gate = new Gate(anonymiser.detector, nameKey);
  // Search first: every area writes its texts to the index inside its own transactions.
  const search = new SearchService(db);
  const scripts = new ScriptService(db, gate, search);
  scripts.syncBuiltins(loadBuiltinScripts(resourcesDir));
  const groups = new GroupService(db, gate);
  groups.setSearch(search);
  const cases: CaseService = new CaseService({
    db,
    gate,
    nameKey,
    retentionDays: () => settings.get().retentionDays,
    dataDir: options.dataDir,
    notify: (message) => notices.add(message),
    discussedIn: () => sessions.discussedByCase(),
    search,
  });
  const sessions = new SessionService({ db, gate, groups, scripts, cases, search });
  groups.setUsage(sessions.groupUsage());
  const exchange = new ExchangeService(db, options.dataDir, () => settings.get().displayName.trim() || 'Leertafel');
  const ffps = new FfpsService({ db, gate, cases, settings, exchange, search });

  // Each area that indexes text registers its source once (a new area adds one line); a database that
  // holds data from before search, or an index of an older format, is filled here at the first start.
  search.register(scripts.searchSource());
  search.register(cases.searchSource());
  search.register(sessions.searchSource());
  search.register(ffps.searchSource());
  if (search.ensureBuilt()) log(`search index built: ${search.status().documents} document(s)`);

  // Expired cases go at start and then daily (an app left open for weeks still keeps its promise).
  const purge = () => {
    try {
      const r = cases.purgeExpired();
      if (r.removed.length || r.backupsRemoved) log(`retention purge: ${r.removed.length} case(s), ${r.backupsRemoved} backup(s)`);
    } catch (err) {
      log(`retention purge failed: ${err instanceof Error ? err.name : typeof err}`);
    }
  };
  purge();
  const timer = setInterval(purge, 24 * 60 * 60 * 1000);
  timer.unref();

  const handlers: Handlers = {
    ...appHandlers({
      notices,
      info: { version: options.version ?? '0.0.0', shell: options.shell, schemaVersion: SCHEMA_VERSION },
      openBeamer: options.platform?.openBeamer,
    }),
    ...settingsHandlers(settings),
    ...scriptsHandlers(scripts, settings),
    ...anonymiserHandlers(anonymiser),
    ...casesHandlers(cases),
    ...groupsHandlers(groups),
    ...sessionsHandlers(sessions),
    ...ffpsHandlers(ffps),
    ...exchangeHandlers(exchange),
    ...searchHandlers(search),
  };

  const dispatch = createDispatch(handlers, {
    // Only the method and the error's class reach the log: messages can quote user input.
    onInternalError: (method, err) => log(`internal error in ${method}: ${err instanceof Error ? err.name : typeof err}`),
  });

  return {
    db,
    handlers,
    dispatch,
    services: { scripts, settings, cases, notices, groups, sessions, ffps, search },
    backupPath,
    close: () => {
      clearInterval(timer);
      db.close();
    },
  };
}
