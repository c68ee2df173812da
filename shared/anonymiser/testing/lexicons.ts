/// <reference types="vite/types/importMeta.d.ts" />
// Test support, imported only by *.test.ts files (never by the app): the lexicon files of
// resources/lexicons as LexiconSources, the same map the backend's loadLexiconSources() builds
// (file base name -> text, in file-name order).
//
// The files are read through Vite's import.meta.glob (vitest runs on Vite) rather than node:fs, so this
// module keeps the rule for shared/ — no Node built-ins outside *.test.ts (dependency-cruiser) and
// nothing the web tsconfig cannot type-check.
import type { LexiconSources } from '../lexicon';

const files = import.meta.glob<string>('../../../resources/lexicons/*.txt', { query: '?raw', import: 'default', eager: true });

/** Every resources/lexicons/*.txt, keyed by base name ('voornamen-nl-eigen' -> its text). */
export function testLexiconSources(): LexiconSources {
  const out: LexiconSources = {};
  const paths = Object.keys(files).sort();
  if (paths.length === 0) throw new Error('testLexiconSources: no lexicon files under resources/lexicons');
  for (const p of paths) out[p.slice(p.lastIndexOf('/') + 1, -'.txt'.length)] = files[p];
  return out;
}
