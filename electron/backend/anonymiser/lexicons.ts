// Node loader for the anonymiser lexicons: reads resources/lexicons/*.txt into LexiconSources.
// Plain Node (never imports 'electron'); the packaged app passes its resources path explicitly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconSources } from '../../../shared/anonymiser';

/** <repo>/resources/lexicons, resolved from this file's location (electron/backend/ → ../../resources/lexicons). */
export function defaultLexiconDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../resources/lexicons'), path.resolve(here, '../../../resources/lexicons'), path.resolve(process.cwd(), 'resources/lexicons')];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return candidates[0];
}

export function loadLexiconSources(dir: string = defaultLexiconDir()): LexiconSources {
  const out: LexiconSources = {};
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no lexicon files in ${dir}`);
  for (const f of files) out[f.slice(0, -4)] = fs.readFileSync(path.join(dir, f), 'utf8');
  return out;
}
