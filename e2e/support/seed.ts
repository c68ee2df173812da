/**
 * Data laid down through the real backend's API over the loopback bridge, as the renderer would send
 * it, so a test can begin with a group, cases and bijeenkomsten already there.
 */
import type { Input, MethodName, Output } from '../../shared/api/contract';

export async function api<M extends MethodName>(appUrl: string, method: M, input: Input<M>): Promise<Output<M>> {
  const url = new URL(appUrl);
  const token = url.searchParams.get('token') ?? '';
  const res = await fetch(`${url.origin}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: true; value: Output<M> } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
  return body.value;
}

export const MEMBERS = ['Anna Gespreksleider', 'Bram Inbrenger', 'Chris Deelnemer'];

/** A leergroep with three members. */
export function seedGroup(appUrl: string, name = 'Team Noord') {
  return api(appUrl, 'groups.save', {
    name,
    description: '',
    members: MEMBERS.map((n) => ({ name: n, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null })),
  });
}

/** A Methodische Leerbijeenkomst of the built-in script, planned for a date and start time. */
export function seedSession(appUrl: string, group: Output<'groups.save'>, date: string, startTime: string, endTime = '23:00') {
  return api(appUrl, 'sessions.plan', {
    scriptId: 'mlb-vier-vensters',
    plan: {
      groupId: group.id,
      date,
      startTime,
      endTime,
      roles: { gespreksleider: group.members[0].id, inbrenger: group.members[1].id, notulist: null, tijdbewaker: null },
      caseId: null,
      leervraag: 'Hoe kan ik moeder beter betrekken bij het plan?',
    },
  });
}
