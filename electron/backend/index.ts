import path from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { openDatabase, type Db } from './core/db';
import { SCHEMA_VERSION } from './core/migrations';
import { loadBuiltinScripts } from './scripts/builtins';
import { defaultResourcesDir } from './core/paths';
import { ScriptService } from './scripts/service';
import { SettingsService } from './settings/service';
import { CaseService } from './cases/service';
import { NoticeService } from './app/notices';
import { GroupService } from './groups/service';
import { SessionService } from './sessions/service';
import { Gate, anonymiserFor } from './anonymiser/gate';
import { createNameKey } from './core/keys';
import { createDispatch, type Dispatch } from './core/dispatch';

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
    notices: NoticeService;
    groups: GroupService;
    sessions: SessionService;
  };
  backupPath: string | null;
  close(): void;
}

/**
 * Builds the whole backend on one data folder: database, services, the handler map and the validating
 * dispatcher. Electron main and the loopback bridge both call this; neither adds behaviour of its own.
 */
export function createBackend(options: BackendOptions): Backend {
  const log = options.log ?? (() => {});
  const { db, backupPath, fromVersion, toVersion } = openDatabase(options.dataDir, { nativeBinding: options.nativeBinding });
  if (fromVersion !== toVersion) log(`database migrated from version ${fromVersion} to ${toVersion}`);
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const scripts = new ScriptService(db);
  const settings = new SettingsService(db);
  scripts.syncBuiltins(loadBuiltinScripts(resourcesDir));
  const anonymiser = anonymiserFor(path.join(resourcesDir, 'lexicons'), (ms) => log(`anonymiser detector built in ${Math.round(ms)} ms`));
  const notices = new NoticeService(db);
  const nameKey = createNameKey(options.dataDir);
  const gate = new Gate(anonymiser.detector, nameKey);
  const cases = new CaseService({
    db,
    gate,
    nameKey,
    settings,
    notices,
    dataDir: options.dataDir,
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
  const groups = new GroupService(db);
  const sessions = new SessionService({ db, gate, groups, scripts, cases });
  purge();
  const timer = setInterval(purge, 24 * 60 * 60 * 1000);
  timer.unref();

  const handlers: Handlers = {
    'app.info': () => ({ name: 'Leertafel', version: options.version ?? '0.0.0', shell: options.shell, schemaVersion: SCHEMA_VERSION }),
    'settings.get': () => settings.get(),
    'settings.update': (i) => settings.update(i),
    'scripts.list': (i) => scripts.list(i),
    'scripts.get': (i) => scripts.get(i.id),
    'scripts.duplicate': (i) => scripts.duplicate(i.id, settings.get().locale === 'en' ? ' (copy)' : ' (kopie)'),
    'scripts.save': (i) => scripts.save(i.script),
    'scripts.delete': (i) => scripts.delete(i.id),
    'scripts.restore': (i) => scripts.restore(i.script),
    'scripts.export': (i) => scripts.export(i.id),
    'scripts.import': (i) => scripts.import(i.content),
    'cases.list': () => cases.list(),
    'cases.suggestCodeName': () => cases.suggestCodeName(),
    'cases.create': (i) => cases.create(i),
    'cases.get': (i) => cases.get(i.id),
    'cases.update': (i) => cases.update(i),
    'cases.saveNotes': (i) => cases.saveNotes(i),
    'cases.recognise': (i) => cases.recognise(i),
    'cases.delete': (i) => cases.delete(i.id),
    'cases.export': (i) => cases.export(i.id),
    'cases.purgeExpired': () => cases.purgeExpired(),
    'anonymiser.lexicons': () => anonymiser.sources(),
    'notices.list': () => notices.list(),
    'notices.dismiss': (i) => notices.dismiss(i.id),
    'groups.list': () => groups.list(),
    'groups.get': (i) => groups.get(i.id),
    'groups.save': (i) => groups.save(i),
    'groups.delete': (i) => groups.delete(i.id),
    'sessions.list': (i) => sessions.list(i),
    'sessions.plan': (i) => sessions.plan(i.scriptId, i.plan),
    'sessions.get': (i) => sessions.get(i.id),
    'sessions.updatePlan': (i) => sessions.updatePlan(i.id, i.plan),
    'sessions.saveRun': (i) => sessions.saveRun(i.id, i.run),
    'sessions.saveCanvas': (i) => sessions.saveCanvas(i.id, i.canvas),
    'sessions.saveLearning': (i) => sessions.saveLearning(i.id, i.learning),
    'sessions.saveReflection': (i) => sessions.saveReflection(i),
    'sessions.delete': (i) => sessions.delete(i.id),
    'sessions.export': (i) => sessions.export(i.id, i.format, i.includeCanvas),
    'window.openBeamer': (i) => ({ opened: options.platform?.openBeamer?.(i.sessionId) ?? false }),
  };

  const dispatch = createDispatch(handlers, {
    // Only the method and the error's class reach the log: messages can quote user input.
    onInternalError: (method, err) => log(`internal error in ${method}: ${err instanceof Error ? err.name : typeof err}`),
  });

  return {
    db,
    handlers,
    dispatch,
    services: { scripts, settings, cases, notices, groups, sessions },
    backupPath,
    close: () => {
      clearInterval(timer);
      db.close();
    },
  };
}
