/** What the scripts area puts in the search index: one document per script (title, description, blocks). */
import type { ScriptDetail } from '../../../shared/scripts/types';
import type { SearchDoc, SearchSource } from '../search';

export function scriptDocs(s: ScriptDetail): SearchDoc[] {
  const blocks = s.blocks.flatMap((b) => [b.title, b.instruction, ...b.prompts]);
  return [{ kind: 'script', refId: s.id, date: s.updatedAt, focus: 'script-title', title: s.title, body: [s.description, ...blocks].filter(Boolean).join('\n') }];
}

export function scriptsSearchSource(scripts: { list(): Array<{ id: string }>; get(id: string): ScriptDetail }): SearchSource {
  return {
    name: 'scripts',
    kinds: ['script'],
    count: () => scripts.list().length,
    *all() {
      for (const { id } of scripts.list()) yield scriptDocs(scripts.get(id));
    },
  };
}
