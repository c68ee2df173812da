/**
 * The backend, composed in one place: the database, each area's service, the ports between areas, and
 * the handler map built from each area's handlers. Electron main and the loopback bridge both call
 * `createBackend`; neither adds behaviour of its own.
 *
 *   lock (the key; everything below exists only while unlocked)
 *   app · settings · anonymiser (gate) · scripts · cases · groups · sessions · ffps · sos · portfolio · home (read model)
 *   transfer (everything to one file and back: reads and writes the carried tables of all areas)
 *   search (the index every area writes its texts to, inside its own transactions)
 *
 * Areas build on earlier ones through their service interfaces (`<area>/index.ts`). Where an earlier
 * area needs to know something of a later one (groups: is this member named in a bijeenkomst? cases:
 * where was this case discussed?), it declares a port and the composition below connects it.
 */
import path from 'node:path';
import { METHOD_NAMES, type Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { BackupStopped, createDispatch, createNameKey, defaultResourcesDir, loadNameKeySecret, PASSWORD_KDF, SCHEMA_VERSION, TEST_KDF, type Db, type Dispatch, type NameKey } from './core';
import { LockService, lockHandlers } from './lock';
import { NoticeRepository, appHandlers } from './app';
import { SettingsService, settingsHandlers } from './settings';
import { ScriptService, loadBuiltinScripts, scriptsHandlers } from './scripts';
import { Gate, anonymiserFor, anonymiserHandlers } from './anonymiser';
import { CaseService, casesHandlers } from './cases';
import { GroupService, groupsHandlers } from './groups';
import { SessionService, sessionsHandlers } from './sessions';
import { FfpsService, ffpsHandlers } from './ffps';
import { SearchService, searchHandlers } from './search';
import { ExchangeService, exchangeHandlers } from './exchange';
import { HomeService, homeHandlers } from './home';
import { SosService, sosHandlers } from './sos';
import { PortfolioService, portfolioHandlers } from './portfolio';
import { BackupService, backupHandlers } from './backup';
import { TransferService, transferHandlers } from './transfer';
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
  /**
   * The explicit test path: set up (first start) or unlock with this password before returning, with a
   * cheap scrypt cost recorded in the key file. Defaults to the environment variable
   * LEERTAFEL_TEST_PASSWORD, which vitest and the end-to-end bridge set; an installed app never does,
   * and starts locked. The password is never logged.
   */
  testPassword?: string;
  /** Tests of the lock itself: a locked start, but set-up and password changes at the test scrypt cost. */
  testKdf?: boolean;
  /** One encrypted backup a day, at unlock and hourly while unlocked (default true). */
  autoBackup?: boolean;
  /**
   * Called after "Importeren" committed rows into the database (transfer.import). The search index
   * (issue 13) is rebuilt here: the import writes the areas' tables directly, not through their services.
   */
  afterImport?: () => void;
}

export interface Backend {
  /** The open database; throws while locked. */
  readonly db: Db;
  handlers: Handlers;
  dispatch: Dispatch;
  /** The areas' services; throws while locked. */
  readonly services: {
    scripts: ScriptService;
    settings: SettingsService;
    cases: CaseService;
    notices: NoticeRepository;
    groups: GroupService;
    sessions: SessionService;
    ffps: FfpsService;
    home: HomeService;
    search: SearchService;
    sos: SosService;
    portfolio: PortfolioService;
    backups: BackupService;
    transfer: TransferService;
  };
  lock: LockService;
  /** The keyed name hash of this installation (its secret lives inside the encrypted database). */
  readonly nameKey: NameKey;
  /** The copy taken before the last migration, if any. */
  readonly backupPath: string | null;
  /** WAL checkpoint (TRUNCATE) if unlocked. */
  checkpoint(): void;
  close(): void;
}

interface Unlocked {
  db: Db;
  handlers: Handlers;
  services: Backend['services'];
  nameKey: NameKey;
  backupPath: string | null;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const log = options.log ?? (() => {});
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const info = { version: options.version ?? '0.0.0', shell: options.shell, schemaVersion: SCHEMA_VERSION };
  // The detector is built once: it holds only the lexicons, no user data, and survives a lock.
  let anonymiserCache: ReturnType<typeof anonymiserFor> | null = null;
  const anonymiser = () =>
    (anonymiserCache ??= anonymiserFor(path.join(resourcesDir, 'lexicons'), (ms) => log(`anonymiser detector built in ${Math.round(ms)} ms`)));

  let current: Unlocked | null = null;
  const testPassword = options.testPassword ?? process.env.LEERTAFEL_TEST_PASSWORD;
  const lock = new LockService({
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    kdf: testPassword || options.testKdf ? TEST_KDF : undefined,
    log,
    onOpen: (opened) => {
      if (opened.fromVersion !== opened.toVersion) log(`database migrated from version ${opened.fromVersion} to ${opened.toVersion}`);
      current = composeUnlocked(options, opened.db, opened.backupPath, anonymiser(), info, log, lock, testPassword || options.testKdf ? TEST_KDF : PASSWORD_KDF);
    },
    onClose: () => {
      const c = current;
      current = null;
      c?.close();
    },
  });
  if (testPassword) lock.setupOrUnlockSync(testPassword);

  const lockH = lockHandlers(lock);
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((m) => {
      if (m in lockH) return [m, lockH[m as keyof typeof lockH]];
      return [
        m,
        (input: unknown) => {
          if (!current) {
            if (m === 'app.info') return info;
            throw new ApiError('LOCKED', 'locked');
          }
          return (current.handlers[m] as (i: unknown) => unknown)(input);
        },
      ];
    }),
  ) as unknown as Handlers;

  const dispatch = createDispatch(handlers, {
    // Only the method and the error's class reach the log: messages can quote user input.
    onInternalError: (method, err) => log(`internal error in ${method}: ${err instanceof Error ? err.name : typeof err}`),
  });

  const unlocked = (): Unlocked => {
    if (!current) throw new ApiError('LOCKED', 'locked');
    return current;
  };
  return {
    get db() {
      return unlocked().db;
    },
    handlers,
    dispatch,
    get services() {
      return unlocked().services;
    },
    lock,
    get nameKey() {
      return unlocked().nameKey;
    },
    get backupPath() {
      return current?.backupPath ?? null;
    },
    checkpoint: () => {
      current?.db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => {
      lock.lock();
    },
  };
}

/** The areas on an open, unlocked database: everything below exists only while unlocked. */
function composeUnlocked(
  options: BackendOptions,
  db: Db,
  backupPath: string | null,
  anonymiser: ReturnType<typeof anonymiserFor>,
  info: { version: string; shell: 'electron' | 'web'; schemaVersion: number },
  log: (line: string) => void,
  lock: LockService,
  kdf: typeof PASSWORD_KDF,
): Unlocked {
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const notices = new NoticeRepository(db);
  const settings = new SettingsService(db);
  const nameSecret = loadNameKeySecret(db, options.dataDir);
  const nameKey = createNameKey(nameSecret);
  const backups = new BackupService({
    db,
    dataDir: options.dataDir,
    key: () => lock.key(),
    nativeBinding: options.nativeBinding,
    replaceDatabase: (file) => lock.replaceDatabase(file),
    notify: (message) => notices.add(message),
    log,
  });
  // Deletion reaches backups: a deleted or purged case is wiped from every backup that still holds it.
  const casesDeleted = (ids: readonly string[]) => {
    try {
      backups.afterCasesDeleted(ids);
    } catch (err) {
      log(`rewriting backups after a delete failed: ${err instanceof Error ? err.name : typeof err}`);
      notices.add('De casus is verwijderd, maar de reservekopieën konden niet worden bijgewerkt en kunnen hem nog bevatten. Maak op het scherm Beveiliging een nieuwe back-up en verwijder de oudere uit de map backups.');
    }
  };
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
    onDeleted: casesDeleted,
    search,
  });
  const sessions = new SessionService({ db, gate, groups, scripts, cases, search });
  groups.setUsage(sessions.groupUsage());
  const exchange = new ExchangeService(db, options.dataDir, () => settings.get().displayName.trim() || 'Leertafel');
  const ffps = new FfpsService({ db, gate, cases, settings, exchange, search, sessionCanvas: (id) => sessions.canvasKind(id) });
  sessions.setRecordExtras((id, kind, includeCanvas) => ffps.meetingRecord(id, kind, includeCanvas));
  const home = new HomeService({ sessions, cases, ffps });
  const sos = new SosService({ db, gate, cases, groups, sessions, scripts, search });
  // The portfolio reads the other areas through their services; SoS praktijkopdrachten and evaluations come in
  // through its port, mapped here so neither area knows the other's types.
  const portfolio = new PortfolioService({
    db,
    gate,
    search,
    sources: { sessions, ffps, groups, learningItems: (memberIds) => memberIds.flatMap((m) => sos.learningItems(m)).map(sosLearningItem) },
  });

  // Each area that indexes text registers its source once (a new area adds one line); a database that
  // holds data from before search, or an index of an older format, is filled here at the first start.
  search.register(scripts.searchSource());
  search.register(cases.searchSource());
  search.register(sessions.searchSource());
  search.register(ffps.searchSource());
  search.register(sos.searchSource());
  search.register(portfolio.searchSource());
  search.setOwner(() => portfolio.currentProfileId());
  if (search.ensureBuilt()) log(`search index built: ${search.status().documents} document(s)`);

  // Everything to one file and back. The import writes the carried tables directly (one transaction).
  // The search index is not carried in the file. Inside that transaction every indexed item is read back
  // through its area (verify: a row the area cannot read refuses the import), without writing the index;
  // after the commit the index is rebuilt once from the imported rows.
  const afterImport = (): void => {
    try {
      search.rebuild();
    } catch (err) {
      // The data is committed; the index is marked stale (readAllSources), so the next start rebuilds it.
      log(`search index rebuild after import failed: ${err instanceof Error ? err.name : typeof err}`);
    }
    options.afterImport?.();
  };
  const transfer = new TransferService({
    db,
    dataDir: options.dataDir,
    nameSecret,
    gateFor: (key) => new Gate(anonymiser.detector, key),
    info,
    kdf,
    verify: () => void search.readAllSources(),
    afterImport,
    identity: { key: () => exchange.identityKey(), adopt: (pem) => exchange.adoptIdentity(pem) },
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

  // One backup a day while the app is used: at unlock, and checked hourly (the date turns over at midnight).
  // It is made in a worker (core/backgroundBackup.ts): unlock returns at once and the backend keeps answering.
  const daily = () => {
    let started: Promise<string | null>;
    try {
      started = backups.daily();
    } catch (err) {
      log(`daily backup failed: ${err instanceof Error ? err.name : typeof err}`);
      return;
    }
    started.then(
      (name) => {
        if (name) log('daily backup written');
      },
      (err) => log(err instanceof BackupStopped ? 'daily backup stopped by the lock' : `daily backup failed: ${err instanceof Error ? err.name : typeof err}`),
    );
  };
  const autoBackup = options.autoBackup ?? true;
  if (autoBackup) daily();
  const backupTimer = autoBackup ? setInterval(daily, 60 * 60 * 1000) : null;
  backupTimer?.unref();

  const handlers = {
    ...appHandlers({ notices, info, openBeamer: options.platform?.openBeamer }),
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
    ...backupHandlers(backups),
    ...transferHandlers(transfer),
    ...searchHandlers(search),
  } as Handlers;

  return {
    db,
    handlers,
    services: { scripts, settings, cases, notices, groups, sessions, ffps, home, sos, portfolio, backups, transfer, search },
    nameKey,
    backupPath,
    close: () => {
      clearInterval(timer);
      if (backupTimer) clearInterval(backupTimer);
      // The backup worker ends first (it reads the database and holds the key): then the checkpoint can truncate the WAL.
      try {
        backups.close();
      } catch (err) {
        log(`ending the backup worker failed: ${err instanceof Error ? err.name : typeof err}`);
      }
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
        nameSecret.fill(0);
      }
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
