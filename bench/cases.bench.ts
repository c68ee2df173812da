// Benchmarks of the case area: what a facilitator feels while typing in a 5,000-word note (detection,
// grouping and suggestions — the work behind the highlighting — per keystroke), and saving that note
// through the API (validation + the backend's second detection pass + one transaction).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend';
import { loadLexiconSources } from '../electron/backend/anonymiser/lexicons';
import { createDetector, groupMentions, pseudonymise } from '../shared/anonymiser';
import { computeFindings, candidateForms } from '../renderer/src/features/cases/findings';
import { fmt, samples } from './stats';

const root = path.resolve(import.meta.dirname, '..');

function note5000(): string {
  const p = path.resolve(root, '../shared/corpus/dev.jsonl');
  const texts = fs.existsSync(p)
    ? fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    : ['Huisbezoek bij mw. El Amrani (moeder) en Yassir (7). Vader Karim belde op 06-12345678.\n'];
  let out = '';
  for (let i = 0; out.split(/\s+/).length < 5000; i++) out += `${texts[i % texts.length]}\n\n`;
  return out.split(/(\s+)/).slice(0, 9999).join('');
}

export default async function run(): Promise<void> {
  const detector = createDetector(loadLexiconSources());
  const raw = note5000();
  const ctx = { people: [{ id: 'p1', role: 'moeder', pseudonym: 'Moeder' }], ignore: [], known: new Map() };
  console.log(`note: ${raw.split(/\s+/).filter(Boolean).length} words, ${raw.length} chars`);

  // Typing: each keystroke appends a character, then the findings are recomputed on the whole note.
  // (After a warm-up, as in the app, where the detector has run on the note since it was opened.)
  let typed = raw;
  for (let i = 0; i < 20; i++) computeFindings(detector, (typed += 'a'), ctx);
  const keystroke = await samples(60, () => {
    typed += 'a';
    computeFindings(detector, typed, ctx);
  });
  console.log(`typing in a 5,000-word note, findings per keystroke: median ${fmt(keystroke.median)}, p95 ${fmt(keystroke.p95)}`);
  const forms = await samples(20, () => candidateForms(typed));
  console.log(`candidate forms for recognition (debounced, 250 ms): median ${fmt(forms.median)}, p95 ${fmt(forms.p95)}`);

  // Saving: the anonymised note through the API.
  const spans = detector.detect(raw);
  const entities = groupMentions(raw, spans);
  const safe = pseudonymise(raw, entities.map((e) => ({ entityId: e.id, action: 'replace' as const, replacement: e.label === 'PERSOON' ? 'Moeder' : e.suggestion, mentions: e.mentions })));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-bench-cases-'));
  const backend = createBackend({ dataDir: dir, shell: 'web' });
  try {
    const created = backend.services.cases.create({ format: 'mlb' });
    await backend.dispatch('cases.update', { id: created.id, codeName: created.codeName, format: 'mlb', retentionUntil: created.retentionUntil, people: [{ role: 'moeder', pseudonym: 'Moeder' }], timeline: [] });
    const first = await backend.dispatch('cases.saveNotes', { id: created.id, notes: safe, resolutions: [] });
    if (!first.ok) {
      console.log(`save latency: the backend refused the bench note (${first.error.code}, ${first.error.details?.length ?? 0} findings left by the automatic pseudonymisation)`);
    } else {
      const save = await samples(20, async () => {
        const r = await backend.dispatch('cases.saveNotes', { id: created.id, notes: safe, resolutions: [] });
        if (!r.ok) throw new Error(r.error.code);
      });
      console.log(`save a 5,000-word anonymised note via the API (incl. gate): median ${fmt(save.median)}, p95 ${fmt(save.p95)}`);
    }
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
