import type { Block, Script } from './types';
import { quoteIfNeeded } from './scalar';

/**
 * Writes the canonical file: fixed key order, LF, one blank line between
 * parts, trailing newline. Expects a script that passes scriptSchema; the
 * output then parses back to an equal script.
 */
export function serializeScript(script: Script): string {
  const head = [
    '---',
    `id: ${script.id}`,
    `title: ${quoteIfNeeded(script.title)}`,
    `format: ${script.format}`,
    `canvas: ${script.canvas}`,
    `roles: [${script.roles.join(', ')}]`,
    `version: ${script.version}`,
    ...(script.description === '' ? [] : [`description: ${quoteIfNeeded(script.description)}`]),
    '---',
  ].join('\n');
  return `${[head, ...script.blocks.map(serializeBlock)].join('\n\n')}\n`;
}

function serializeBlock(block: Block): string {
  const meta = [`## ${block.title}`, `minuten: ${block.minutes}`];
  if (block.section !== null) meta.push(`venster: ${block.section}`);
  const parts = [meta.join('\n'), `### Instructie\n${block.instruction}`];
  if (block.prompts.length > 0) {
    parts.push(['### Vragen', ...block.prompts.map((prompt) => `- ${prompt}`)].join('\n'));
  }
  return parts.join('\n\n');
}
