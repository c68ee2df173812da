import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETAIL_CODES } from '../../../shared/api/details';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * Details whose text is not for a person to read as it is, each with the reason; everything else the
 * backend sends as a detail must carry a code the renderer words (shared/api/details.ts, issue 15).
 */
const NOT_WORDED_HERE: Record<string, string> = {
  // A refused bundle: the renderer reads the reason (renderer/src/features/ffps/refusal.ts) and words that.
  'exchange/service.ts': 'bundle refusal',
};

describe('every problem the backend sends a person carries a code with a wording (issue 15)', () => {
  it('builds no detail as a bare { path, message } outside the known exceptions', () => {
    const bare: string[] = [];
    for (const file of sources(ROOT)) {
      const rel = relative(ROOT, file).split('\\').join('/');
      if (rel in NOT_WORDED_HERE) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        // An object literal with a path and a message but no issue code: English developer text on screen.
        for (const m of line.matchAll(/\{\s*path:[^{}]*?message:[^{}]*\}/g)) if (!/\bissue:/.test(m[0])) bare.push(`${rel}:${i + 1}: ${m[0]}`);
      });
    }
    expect(bare).toEqual([]);
  });

  it('uses only registered codes in detail(…) calls', () => {
    const known = new Set<string>(DETAIL_CODES);
    const used = new Set<string>();
    for (const file of sources(ROOT)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bdetail\([^,]+,\s*'([a-z_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
  });
});
