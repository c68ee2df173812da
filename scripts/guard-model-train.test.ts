// The guard's weights (shared/sessions/guard/model-weights.ts) are generated: they must be exactly what
// scripts/guard-model-train.ts gives from the training data in this checkout, so a rule, a test table or a
// training file that changes without a retrain is caught here. Training needs the development corpus beside
// the project; in a plain clone the suite is skipped and says why.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const corpusPresent = fs.existsSync(path.resolve(root, '../shared/guard-corpus/phrases.jsonl'));
const SKIP_REASON = 'needs ../shared/guard-corpus/phrases.jsonl (the model trains on its tuning part): laid beside the repo in CI; absent in a plain clone';
const weights = path.join(root, 'shared/sessions/guard/model-weights.ts');

const check = (file?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/guard-model-train.ts'), '--check', ...(file ? ['--file', file] : [])], {
    cwd: root,
    encoding: 'utf8',
  });

describe.skipIf(!corpusPresent)(`the guard model's weights${corpusPresent ? '' : ` — skipped: ${SKIP_REASON}`}`, () => {
  it('are what the training script gives', () => {
    const res = check();
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  }, 120_000);

  it('are reported stale when they differ by one weight', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-guard-model-'));
    try {
      const tampered = path.join(dir, 'model-weights.ts');
      const src = fs.readFileSync(weights, 'utf8');
      const changed = src.replace(/(\n {4}"[^"]+": )(-?[\d.]+),/, (_m, key: string, w: string) => `${key}${(Number(w) + 0.5).toFixed(3)},`);
      expect(changed).not.toBe(src);
      fs.writeFileSync(tampered, changed);
      const res = check(tampered);
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/stale/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
