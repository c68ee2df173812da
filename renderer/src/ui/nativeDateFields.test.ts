import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('date and time fields (issue 15)', () => {
  // A native date or time field shows the system's format ("11/30/2026", "01:30 PM" on an English
  // system) whatever the app's language. Leertafel's own fields (ui/DateTimeInputs) show Dutch dates
  // and a 24-hour clock in Dutch, British dates in English.
  it('no screen uses a native date, time or datetime field', () => {
    const native: string[] = [];
    for (const file of sources(ROOT)) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (/type=["'{]+\s*["']?(date|time|datetime-local|month|week)["']/.test(line)) native.push(`${relative(ROOT, file)}:${i + 1}`);
      });
    }
    expect(native).toEqual([]);
  });
});
