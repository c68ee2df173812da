import { slugify } from '../../../shared/common/slug';
import { FORMAT_LABELS } from '../../../shared/scripts/vocabulary';
import type { ScriptExport } from '../../../shared/scripts/types';
import type { CaseDetail } from '../../../shared/cases/types';
import { caseTextFields } from '../../../shared/cases/fields';
import type { Gate } from '../anonymiser';

/** What the export needs of the case service (an interface, so the two modules do not import each other). */
interface CaseSource {
  detail(id: string): CaseDetail;
  storedContext(id: string): { replacements: string[]; ignoreHashes: Set<string> };
  touch(id: string): void;
}

/** Anonymised Markdown for a supervisor. The stored text passes the gate again before it leaves. */
export function exportCase(cases: CaseSource, gate: Gate, id: string): ScriptExport {
  const d = cases.detail(id);
  const stored = cases.storedContext(id);
  gate.assertResolved([...caseTextFields(d), { path: 'notes', text: d.notes }], {
    allowedPhrases: [...d.people.map((p) => p.pseudonym), ...stored.replacements],
    ignoreHashes: stored.ignoreHashes,
  });
  cases.touch(id);
  return { filename: `${slugify(d.codeName) || 'casus'}.md`, content: caseMarkdown(d) };
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

export function caseMarkdown(d: CaseDetail): string {
  const out: string[] = [
    `# ${d.codeName}`,
    '',
    '*Geanonimiseerd casusmateriaal uit Leertafel — alleen om van te leren, niet voor besluiten over cliënten.*',
    '',
    `Werkvorm: ${FORMAT_LABELS[d.format]}`,
    '',
    '## Betrokkenen',
    '',
  ];
  if (d.people.length) {
    out.push('| Rol | Pseudoniem |', '| --- | --- |', ...d.people.map((p) => `| ${cell(p.role)} | ${cell(p.pseudonym)} |`));
  } else out.push('_Geen betrokkenen vastgelegd._');
  out.push('', '## Tijdlijn', '');
  if (d.timeline.length) out.push(...d.timeline.map((t) => `- **${t.period}** — ${t.event}`));
  else out.push('_Geen tijdlijn vastgelegd._');
  out.push('', '## Aantekeningen', '', d.notes.trim() || '_Geen aantekeningen._', '');
  return out.join('\n');
}
