/**
 * A printable record as structured content: the learning record of a bijeenkomst, an FFPS feedback
 * history. Markdown (markdown.ts) and PDF (pdf.ts) are rendered from the same blocks, so both always say
 * the same.
 */
export type ReportBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: Array<[label: string, value: string]> }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'list'; label?: string; items: string[] }
  | { kind: 'table'; head: string[]; widths: number[]; rows: string[][] };

export interface Report {
  title: string;
  blocks: ReportBlock[];
}

/** What every record Leertafel prints says about itself (and the PDF's subject). */
export const NO_DECISIONS = 'Leerverslag — geen besluitvorming over cliënten.';

const LONG_DATE = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "dinsdag 4 maart 2025": the calendar date as written in Dutch. */
export function dutchDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatHours(h: number): string {
  return h.toLocaleString('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}
