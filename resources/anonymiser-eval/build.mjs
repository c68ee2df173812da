#!/usr/bin/env node
// Builds the JSONL evaluation sets of this folder from their marked-up sources and checks them.
// Source files: source/<set>/*.md, each holding one or more documents; a document starts with a line
//   === <id> <kind>
// and its text follows (until the next === line), with every identifier written inline as
// [[LABEL:surface text]] (labels and rules: ../shared/corpus/GUIDELINES.md, the project's corpus
// guidelines). Output: <set>.jsonl, one {"id","kind","text","spans"} object per line, offsets in UTF-16
// code units, end exclusive, so text.slice(start, end) === span.text.
// usage: node resources/anonymiser-eval/build.mjs            build every set and check it (exit 1 on a problem)
//        node resources/anonymiser-eval/build.mjs --check    only check that the JSONL files match their sources
// No dependencies.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LABELS = new Set(['PERSOON', 'LOCATIE', 'POSTCODE', 'TELEFOON', 'EMAIL', 'BSN', 'DATUM', 'INSTELLING', 'ID']);
const KINDS = new Set(['ffps-casenote', 'mlb-inbreng', 'sos-mapping', 'reflectie', 'email', 'netwerkberaad', 'telefoonnotitie', 'rapportage']);
const MARKUP = /\[\[([A-Z]+):([\s\S]+?)\]\]/g;
const problems = [];

/** the ASCII digits of s (fullwidth, Arabic-Indic and other decimal digits mapped) */
function digitsOf(s) {
  return s
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x6f0))
    .replace(/\D/g, '');
}

function elfproef(s) {
  const d = digitsOf(s);
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  return (sum - Number(d[8])) % 11 === 0;
}

function parseFile(path) {
  const docs = [];
  let current = null;
  for (const line of readFileSync(path, 'utf8').replace(/\r\n/g, '\n').split('\n')) {
    const head = /^=== (\S+) (\S+)\s*$/.exec(line);
    if (head) {
      current = { id: head[1], kind: head[2], body: [] };
      docs.push(current);
    } else if (current) current.body.push(line);
    else if (line.trim()) problems.push(`${path}: text before the first === line`);
  }
  return docs.map((d) => toDoc(d.id, d.kind, d.body.join('\n').replace(/^\n+|\s+$/g, '')));
}

function toDoc(id, kind, body) {
  let text = '';
  let last = 0;
  const spans = [];
  for (const m of body.matchAll(MARKUP)) {
    text += body.slice(last, m.index);
    const start = text.length;
    text += m[2];
    spans.push({ start, end: text.length, label: m[1], text: m[2] });
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  return { id, kind, text, spans };
}

function check(doc, ids) {
  const where = (s) => `${doc.id} ${s.label} "${s.text}"`;
  if (ids.has(doc.id)) problems.push(`${doc.id}: duplicate id`);
  ids.add(doc.id);
  if (!KINDS.has(doc.kind)) problems.push(`${doc.id}: unknown kind ${doc.kind}`);
  if (doc.text.includes('[[') || doc.text.includes(']]')) problems.push(`${doc.id}: markup left in the text`);
  for (const s of doc.spans) {
    if (!LABELS.has(s.label)) problems.push(`${where(s)}: unknown label`);
    if (s.text !== s.text.trim()) problems.push(`${where(s)}: whitespace at an edge`);
    if (s.label === 'BSN' && !elfproef(s.text)) problems.push(`${where(s)}: fails the 11-check`);
    if (s.label === 'POSTCODE' && !/^[1-9]\d{3} ?[A-Za-z]{2}$/.test(s.text.normalize('NFKC').replace(/\s/g, ' '))) problems.push(`${where(s)}: not a postcode`);
    if (s.label === 'TELEFOON') {
      const digits = digitsOf(s.text).length;
      if (digits < 10 || digits > 13) problems.push(`${where(s)}: ${digits} digits`);
    }
    if (s.label === 'DATUM' && !/\d/.test(s.text)) problems.push(`${where(s)}: a date without a day`);
  }
}

const checkOnly = process.argv.includes('--check');
const sets = readdirSync(join(here, 'source'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const ids = new Set();
for (const set of sets) {
  const dir = join(here, 'source', set);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().flatMap((f) => parseFile(join(dir, f)));
  for (const d of docs) check(d, ids);
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const out = join(here, `${set}.jsonl`);
  if (checkOnly) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== jsonl) problems.push(`${set}.jsonl does not match source/${set}/ (run node resources/anonymiser-eval/build.mjs)`);
  } else writeFileSync(out, jsonl);
  const spans = docs.reduce((n, d) => n + d.spans.length, 0);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length, 0);
  const perLabel = {};
  for (const d of docs) for (const s of d.spans) perLabel[s.label] = (perLabel[s.label] ?? 0) + 1;
  console.log(`${set}: ${docs.length} documents, ${words} words, ${spans} spans ${JSON.stringify(perLabel)}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
