/**
 * The API contract, composed from the areas' parts: one entry per method, with a zod schema for its
 * input and a phantom type for its output. The Electron main process and the loopback bridge both
 * validate every call against these schemas before a handler runs; the preload exposes exactly one
 * function per entry; the renderer sees nothing else of the backend.
 *
 * Adding a method touches one area: its `shared/<area>/contract.ts` and its backend handlers.
 */
import type { z } from 'zod';
import type { Result } from './errors';
import type { MethodSpec } from './define';
import { appContract } from '../app/contract';
import { settingsContract } from '../settings/contract';
import { scriptsContract } from '../scripts/contract';
import { casesContract } from '../cases/contract';
import { anonymiserContract } from '../anonymiser/contract';
import { groupsContract } from '../groups/contract';
import { sessionsContract } from '../sessions/contract';
import { ffpsContract } from '../ffps/contract';
import { exchangeContract } from '../exchange/contract';
import { searchContract } from '../search/contract';
import { homeContract } from '../home/contract';
import { sosContract } from '../sos/contract';
import { portfolioContract } from '../portfolio/contract';
import { lockContract } from '../lock/contract';
import { backupContract } from '../backup/contract';
import { transferContract } from '../transfer/contract';

export const AREA_CONTRACTS = {
  app: appContract,
  settings: settingsContract,
  scripts: scriptsContract,
  cases: casesContract,
  anonymiser: anonymiserContract,
  groups: groupsContract,
  sessions: sessionsContract,
  ffps: ffpsContract,
  exchange: exchangeContract,
  search: searchContract,
  home: homeContract,
  sos: sosContract,
  portfolio: portfolioContract,
  lock: lockContract,
  backup: backupContract,
  transfer: transferContract,
} as const;

export const contract = {
  ...appContract,
  ...settingsContract,
  ...scriptsContract,
  ...casesContract,
  ...anonymiserContract,
  ...groupsContract,
  ...sessionsContract,
  ...ffpsContract,
  ...exchangeContract,
  ...searchContract,
  ...homeContract,
  ...sosContract,
  ...portfolioContract,
  ...lockContract,
  ...backupContract,
  ...transferContract,
} as const satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type AreaName = keyof typeof AREA_CONTRACTS;
/** The methods of one area, e.g. `MethodsOf<'cases'>` = 'cases.list' | 'cases.get' | … */
export type MethodsOf<A extends AreaName> = keyof (typeof AREA_CONTRACTS)[A] & MethodName;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** What the preload exposes and the bridge client implements: a function per method. */
export type LeertafelApi = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

/** What the backend implements: a handler per method, given already-validated input. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };
/** One area's handlers; the backend composes them into `Handlers`. */
export type AreaHandlers<A extends AreaName> = { [M in MethodsOf<A>]: Handlers[M] };

export function isMethodName(x: unknown): x is MethodName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(contract, x);
}

/** The IPC channel of a method: one channel per method, so main registers exactly these. */
export const channelOf = (m: MethodName): string => `leertafel:${m}`;
