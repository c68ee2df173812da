// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';

afterEach(cleanup);

describe('the bridge token', () => {
  it('comes from the query string, next to the route in the fragment, and survives a reload', async () => {
    window.scrollTo = () => {};
    window.history.replaceState(null, '', '/?token=t0k3n#/cases');
    const auth: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      auth.push(new Headers(init.headers).get('Authorization') ?? '');
      const value = url.endsWith('settings.get') ? { locale: 'nl' } : [];
      return new Response(JSON.stringify({ ok: true, value }));
    });
    for (let load = 0; load < 2; load++) {
      // Each load is a fresh page: modules (and api.ts's connection) start anew.
      vi.resetModules();
      await import('../i18n');
      const { App } = await import('./App');
      const page = render(<App />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Casussen' })).toBeTruthy();
      page.unmount();
    }
    expect(auth.length).toBeGreaterThan(2);
    expect(new Set(auth)).toEqual(new Set(['Bearer t0k3n']));
    expect(window.location.search).toBe('?token=t0k3n');
  });
});
