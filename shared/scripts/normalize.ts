import type { Block, Script } from './types';

/**
 * Whitespace the file format cannot keep: trailing spaces on a line (so a
 * Markdown hard break must be written as a trailing backslash) and blank lines
 * around the instruction. The parser applies this while reading; an editor
 * should apply it before validating with scriptSchema.
 */
export function normalizeInstruction(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first] === '') first++;
  while (last > first && lines[last - 1] === '') last--;
  return lines.slice(first, last).join('\n');
}

export function normalizeBlock(block: Block): Block {
  return {
    ...block,
    title: block.title.trim(),
    instruction: normalizeInstruction(block.instruction),
    prompts: block.prompts.map((prompt) => prompt.trim()),
  };
}

export function normalizeScript(script: Script): Script {
  return {
    ...script,
    title: script.title.trim(),
    description: script.description.trim(),
    blocks: script.blocks.map(normalizeBlock),
  };
}
