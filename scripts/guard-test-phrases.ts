// The phrases of the decision guard's own tests (shared/sessions/guard/*.test.ts and shared/sessions/guard.test.ts),
// read from their source with the TypeScript parser, each with the label its test gives it: the must-flag and
// must-not-flag tables are development data written for this project, and the guard's trained part learns from
// them too (scripts/guard-model-train.ts).
//
// A table is an `it.each([...])` (or `it.each(NAME)` of a top-level `const NAME = [...]`) whose test says what it
// expects: the test function is `fires`/`silent`, or its title says so ("fires", "speaks", "stays silent",
// "is quiet"). Tables whose test expects something else (a reason, a rephrasing) are left out, and so is
// model.test.ts: its phrases check the trained model on lines it was not trained on.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface TestPhrase {
  text: string;
  fire: boolean;
  file: string;
}

/** The model's own test: unseen phrases by design. */
const NOT_TRAINED_ON = 'model.test.ts';
const FIRE_TITLE = /\b(fires|speaks|flags)\b/i;
const SILENT_TITLE = /\b(silent|quiet|does not fire|stays? silent)\b/i;

function labelOf(call: ts.CallExpression, sf: ts.SourceFile): boolean | null {
  const [title, fn] = call.arguments;
  if (fn && ts.isIdentifier(fn)) {
    if (fn.text === 'fires') return true;
    if (fn.text === 'silent') return false;
  }
  if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
    const body = fn.body.getText(sf);
    const f = /\bfires\(|toBe\(true\)/.test(body);
    const s = /\bsilent\(|toBe\(false\)|toEqual\(\[\]\)|toHaveLength\(0\)/.test(body);
    if (f !== s) return f;
  }
  if (title && ts.isStringLiteralLike(title)) {
    const f = FIRE_TITLE.test(title.text);
    const s = SILENT_TITLE.test(title.text);
    if (f !== s) return f;
  }
  return null;
}

/** In a table of tuples, the position of the phrase: the test function's parameter named `text`. */
function textParameter(call: ts.CallExpression): number | null {
  const fn = call.arguments[1];
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return null;
  const at = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'text');
  return at >= 0 ? at : null;
}

export function readTestPhrases(repoRoot: string): TestPhrase[] {
  const dir = path.join(repoRoot, 'shared/sessions/guard');
  const files = [
    ...fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts') && f !== NOT_TRAINED_ON).map((f) => path.join(dir, f)),
    path.join(repoRoot, 'shared/sessions/guard.test.ts'),
  ].sort();
  const out: TestPhrase[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const consts = new Map<string, ts.ArrayLiteralExpression>();
    sf.forEachChild((n) => {
      if (!ts.isVariableStatement(n)) return;
      for (const d of n.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && ts.isArrayLiteralExpression(d.initializer)) consts.set(d.name.text, d.initializer);
      }
    });
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ts.isCallExpression(n.expression)) {
        const inner = n.expression;
        if (ts.isPropertyAccessExpression(inner.expression) && inner.expression.getText(sf) === 'it.each' && inner.arguments.length === 1) {
          const arg = inner.arguments[0]!;
          const table = ts.isArrayLiteralExpression(arg) ? arg : ts.isIdentifier(arg) ? consts.get(arg.text) : undefined;
          const fire = labelOf(n, sf);
          if (table && fire !== null) {
            const at = textParameter(n);
            for (const el of table.elements) {
              const item = ts.isArrayLiteralExpression(el) && at !== null ? el.elements[at] : el;
              if (item && ts.isStringLiteralLike(item)) out.push({ text: item.text, fire, file: path.relative(repoRoot, file) });
            }
          }
        }
      }
      n.forEachChild(visit);
    };
    visit(sf);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const phrases = readTestPhrases(path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'));
  const byFile = new Map<string, [number, number]>();
  for (const p of phrases) {
    const c = byFile.get(p.file) ?? [0, 0];
    c[p.fire ? 0 : 1]++;
    byFile.set(p.file, c);
  }
  for (const [f, [a, b]] of byFile) console.log(`${f}: fire ${a}, silent ${b}`);
  console.log(`total ${phrases.length}`);
}
