/**
 * The backend's read methods as TanStack Query options. A query key starts with the method's area
 * (`['groups', 'get', { id }]`), so a change in an area invalidates every query of it at once.
 */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api';
import type { AreaName, Input, MethodName } from '../../../shared/api/contract';

/** The part of the app a method belongs to, as its query keys start with it. */
export type Area = AreaName | 'notices' | 'window';

export const areaOf = (method: MethodName): Area => method.slice(0, method.indexOf('.')) as Area;

export function apiQuery<M extends MethodName>(method: M, input: Input<M>) {
  const [area, name] = method.split('.');
  return queryOptions({ queryKey: [area, name, input] as const, queryFn: () => call(method, input) });
}
