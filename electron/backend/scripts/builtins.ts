import fs from 'node:fs';
import path from 'node:path';
import { parseScript } from '../../../shared/scripts';
import type { Script } from '../../../shared/scripts/types';

/**
 * Reads the built-in scripts shipped in resources/scripts. A malformed built-in is a bug in the release,
 * not something a user can fix, so it fails loudly with the file name and line.
 */
export function loadBuiltinScripts(resourcesDir: string): Script[] {
  const dir = path.join(resourcesDir, 'scripts');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const parsed = parseScript(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (!parsed.ok) {
        const first = parsed.errors[0];
        throw new Error(`built-in script ${f} is malformed: line ${first?.line}: ${first?.message}`);
      }
      return parsed.script;
    });
}
