/**
 * The backend, composed in one place: the database, each area's service, the ports between areas, and
 * the handler map built from each area's handlers. Electron main and the loopback bridge both call
 * `createBackend`; neither adds behaviour of its own.
 *
 *   app · settings · anonymiser (gate) · scripts · cases · groups · sessions · ffps · home (read model)
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
import { HomeService, homeHandlers } from './home';
import { SosService, sosHandlers } from './sos';
import { PortfolioService, portfolioHandlers } from './portfolio';
import type { SosLearningItem } from '../../shared/sos/types';
import type { ExternalLearningItem } from '../../shared/portfolio/types';

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
    home: HomeService;
    sos: SosService;
    portfolio: PortfolioService;
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
  const scripts = new ScriptService(db, gate);
  scripts.syncBuiltins(loadBuiltinScripts(resourcesDir));
  const groups = new GroupService(db, gate);
  const cases: CaseService = new CaseService({
    db,
    gate,
    nameKey,
    retentionDays: () => settings.get().retentionDays,
    dataDir: options.dataDir,
    notify: (message) => notices.add(message),
    discussedIn: () => sessions.discussedByCase(),
  });
  const sessions = new SessionService({ db, gate, groups, scripts, cases });
  groups.setUsage(sessions.groupUsage());
  const exchange = new ExchangeService(db, options.dataDir, () => settings.get().displayName.trim() || 'Leertafel');
  const ffps = new FfpsService({ db, gate, cases, settings, exchange, sessionCanvas: (id) => sessions.canvasKind(id) });
  sessions.setRecordExtras((id, kind, includeCanvas) => ffps.meetingRecord(id, kind, includeCanvas));
  const home = new HomeService({ sessions, cases, ffps });
  const sos = new SosService({ db, gate, cases, groups, sessions, scripts });
  // The portfolio reads the other areas through their services; SoS praktijkopdrachten and evaluations come in
  // through its port, mapped here so neither area knows the other's types.
  const portfolio = new PortfolioService({
    db,
    gate,
    sources: { sessions, ffps, groups, learningItems: (memberIds) => memberIds.flatMap((m) => sos.learningItems(m)).map(sosLearningItem) },
  });

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
    ...homeHandlers(home),
    ...sosHandlers(sos),
    ...portfolioHandlers(portfolio),
  };

  const dispatch = createDispatch(handlers, {
    // Only the method and the error's class reach the log: messages can quote user input.
    onInternalError: (method, err) => log(`internal error in ${method}: ${err instanceof Error ? err.name : typeof err}`),
  });

  return {
    db,
    handlers,
    dispatch,
    services: { scripts, settings, cases, notices, groups, sessions, ffps, home, sos, portfolio },
    backupPath,
    close: () => {
      clearInterval(timer);
      db.close();
    },
  };
}

/**
 * A Signs of Safety learning item as the portfolio's timeline shows it: a praktijkopdracht (plan, report,
 * reflection) or a module evaluation. Both are about the professional's own practice (technisch-
 * instrumenteel); a module without a date has not taken place and keeps the day it was read.
 */
function sosLearningItem(x: SosLearningItem): ExternalLearningItem {
  const texts =
    x.kind === 'assignment'
      ? [
          { label: 'Praktijkopdracht', text: x.assignment?.plan ?? '' },
          { label: 'Verslag', text: x.assignment?.report ?? '' },
          { label: 'Reflectie', text: x.assignment?.reflection ?? '' },
        ]
      : [
          { label: 'Wat hielp', text: x.evaluation?.helped ?? '' },
          { label: 'Wat kan anders', text: x.evaluation?.change ?? '' },
          { label: 'Schaal', text: x.evaluation?.score == null ? '' : `${x.evaluation.score}/10${x.evaluation.reason ? ` — ${x.evaluation.reason}` : ''}` },
        ];
  return {
    id: `${x.trajectId}:${x.moduleId}:${x.kind}`,
    date: x.date ?? new Date().toISOString().slice(0, 10),
    title: `${x.kind === 'assignment' ? 'Praktijkopdracht' : 'Module-evaluatie'}: ${x.moduleTitle}`,
    source: x.trajectTitle,
    texts,
    dimensions: ['technischInstrumenteel'],
  };
}
