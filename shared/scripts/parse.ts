import type { ParseResult, Script, ScriptError } from './types';
import { scriptSchema } from './types';
import { readFrontMatter } from './frontMatter';
import { readBlocks } from './blocks';
import { problem, type ScriptProblem } from './problems';

/**
 * Reads a script file. Strict: anything outside the format is an error with a
 * line number and a Dutch message, so an imported file either means exactly
 * one thing or is refused. Never throws.
 */
export function parseScript(text: string): ParseResult {
  const errors: ScriptError[] = [];
  const report = (line: number, p: ScriptProblem) => errors.push({ line, message: `Regel ${line}: ${p.message}`, issue: { code: p.code, params: { ...p.params, line } } });
  if (typeof text !== 'string') {
    report(1, problem('not_text'));
    return { ok: false, errors };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const head = readFrontMatter(lines, report);
  if (!head) return { ok: false, errors };

  const blocks = readBlocks(lines, head.bodyStart, head.canvas ?? null, report);
  if (blocks.length === 0 && errors.length === 0) {
    report(head.bodyStart, problem('no_blocks'));
  }
  if (errors.length > 0) return { ok: false, errors: sorted(errors) };

  const { id, title, format, canvas, roles, version, description } = head;
  if (!id || !title || !format || !canvas || !roles || !version) {
    report(1, problem('head_incomplete')); // unreachable: readFrontMatter reports every missing key
    return { ok: false, errors };
  }
  const script: Script = { id, title, format, canvas, roles, version, description, blocks: blocks.map((b) => b.block) };

  // Safety net: the parser and the schema share their rules, so this should
  // never fire; if it does, the file is refused rather than half-accepted.
  const checked = scriptSchema.safeParse(script);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const blockIndex = issue.path[0] === 'blocks' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
      const coded = (issue as { params?: { issue?: ScriptError['issue'] } }).params?.issue;
      const p = problem('invalid');
      report(blockIndex === null ? 1 : (blocks[blockIndex]?.line ?? 1), coded ? { ...p, code: coded.code as ScriptProblem['code'], params: coded.params ?? {}, message: issue.message } : { ...p, message: issue.message });
    }
    return { ok: false, errors: sorted(errors) };
  }
  return { ok: true, script };
}

// A broken or wrong file can produce an error per line; nobody reads past the first screenful.
const ERRORS_SHOWN = 100;

function sorted(errors: ScriptError[]): ScriptError[] {
  const ordered = [...errors].sort((a, b) => a.line - b.line);
  if (ordered.length <= ERRORS_SHOWN) return ordered;
  const next = ordered[ERRORS_SHOWN]?.line ?? 1;
  return [
    ...ordered.slice(0, ERRORS_SHOWN),
    (() => {
      const p = problem('more_errors', { count: ordered.length - ERRORS_SHOWN });
      return { line: next, message: `Regel ${next}: ${p.message}`, issue: { code: p.code, params: { ...p.params, line: next } } };
    })(),
  ];
}
