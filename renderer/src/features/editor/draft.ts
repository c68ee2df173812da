import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { normalizeScript } from '../../../../shared/scripts/normalize';
import { scriptSchema, type Block, type Script, type ScriptDetail } from '../../../../shared/scripts/types';
import { BLOCK_MINUTES_MAX, BLOCK_MINUTES_MIN } from '../../../../shared/scripts/vocabulary';
import { issueCode } from '../../../../shared/api/issues';
import i18next from 'i18next';
import { wordIssue } from '../../ui/issues';

/** A block as the editor's form holds it: minutes and prompts as typed, converted on validation. */
export interface DraftBlock extends Omit<Block, 'minutes' | 'prompts'> {
  minutes: string;
  prompts: string;
}

export interface Draft {
  title: string;
  description: string;
  blocks: DraftBlock[];
}

export const toDraftBlock = (b: Block): DraftBlock => ({ ...b, minutes: String(b.minutes), prompts: b.prompts.join('\n') });
export const toDraft = (s: ScriptDetail): Draft => ({ title: s.title, description: s.description, blocks: s.blocks.map(toDraftBlock) });
export const minutesOf = (typed: string): number => (/^\d+$/.test(typed.trim()) ? Number(typed) : Number.NaN);

export function toScript(base: ScriptDetail, d: Draft): Script {
  const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = base;
  return normalizeScript({
    ...script,
    title: d.title,
    description: d.description,
    blocks: d.blocks.map((b) => ({
      ...b,
      minutes: minutesOf(b.minutes),
      prompts: b.prompts.split('\n').map((p) => p.trim()).filter(Boolean),
    })),
  });
}

/**
 * The editor's rules are the shared scriptSchema, on the script the draft becomes. A message is shown
 * at the field it is about; a message about one prompt line goes to the prompts field.
 */
export function scriptResolver(base: ScriptDetail): Resolver<Draft, unknown, Script> {
  return (draft) => {
    const result = scriptSchema.safeParse(toScript(base, draft));
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<Draft> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const field = path[0] === 'blocks' && path[2] === 'prompts' ? path.slice(0, 3) : path;
      const name = field.length ? field.join('.') : 'root';
      // Worded in the UI language from the rule's code (shared/scripts/problems.ts), never the schema's Dutch.
      // Under the Minuten field the file's key and the typed value need no repeating (issue 15).
      const code = issueCode(issue);
      // Text that is no number reaches the schema as NaN (a type problem): the same sentence, not zod's English.
      const aboutMinutes = path[0] === 'blocks' && path[2] === 'minutes';
      const message = aboutMinutes ? i18next.t('issues.minutes', { min: BLOCK_MINUTES_MIN, max: BLOCK_MINUTES_MAX }) : wordIssue(code, issue.message);
      if (!hasPath(errors, name)) set(errors, name, { type: issue.code, message });
    }
    return { values: {}, errors };
  };
}

function hasPath(errors: object, name: string): boolean {
  return name.split('.').reduce<unknown>((e, k) => (e as Record<string, unknown> | undefined)?.[k], errors) !== undefined;
}
