import type { Page } from '@playwright/test';

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
