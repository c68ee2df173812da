import type { Report } from './report';

/** A record as Markdown: the same blocks as the PDF, so both always say the same. */
function mdText(s: string): string {
  return s
    .trim()
    .split(/\r?\n/)
    .map((line) => line.replace(/^(\s*)([#>+*-]|\d+[.)])/, '$1\\$2'))
    .join('\n');
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function toMarkdown(r: Report): string {
  const out: string[] = [`# ${r.title}`];
  for (const b of r.blocks) {
    out.push('');
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'note':
        out.push(`*${b.text}*`);
        break;
      case 'paragraph':
        out.push(mdText(b.text));
        break;
      case 'fields':
        out.push(...b.rows.map(([k, v]) => `- **${k}:** ${mdText(v).replace(/\n/g, ' ')}`));
        break;
      case 'labelled':
        out.push(`**${b.label}**`, '', mdText(b.text));
        break;
      case 'list':
        if (b.label) out.push(`**${b.label}**`, '');
        out.push(...b.items.map((i) => `- ${mdText(i).replace(/\n/g, '\n  ')}`));
        break;
      case 'table':
        out.push(`| ${b.head.join(' | ')} |`, `| ${b.head.map(() => '---').join(' | ')} |`, ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`));
        break;
    }
  }
  out.push('');
  return out.join('\n');
}

// ── PDF ───────────────────────────────────────────────────────────────────────────────────────────

/** The characters the standard PDF fonts can show (WinAnsiEncoding): Latin-1 plus a few typographic ones. */
