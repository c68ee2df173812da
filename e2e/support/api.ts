import type { Page } from '@playwright/test';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { RunningApp } from './server';

/**
 * Calls the running backend over the loopback bridge, as the page does (Bearer token from the app's
 * URL): for specs that set up what another spec already drives through the screens.
 */
export async function callApi<M extends MethodName>(app: RunningApp, method: M, input: Input<M>): Promise<Output<M>> {
  const url = new URL(app.url);
  const token = url.searchParams.get('token');
  const res = await fetch(`${url.origin}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: true; value: Output<M> } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
  return body.value;
}

/**
 * Calls the backend from the page, as the renderer does (the bridge token from the page's address):
 * for seeding data a spec is not about. Throws on an error result.
 */
export async function apiCall<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, i]) => {
      const token = new URL(location.href).searchParams.get('token') ?? '';
      const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(i) });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method}: ${result.error?.code}`);
  return result.value as T;
}
