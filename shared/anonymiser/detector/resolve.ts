// Overlap resolution: the final spans are sorted and do not overlap; where spans overlap, the higher
// priority wins, and on a tie the longer one.
import { normaliseName } from '../normalise';
import type { RawSpan } from '../structured';

export function resolve(spans: RawSpan[]): RawSpan[] {
  spans.sort((a, b) => a.start - b.start || b.prio - a.prio || b.end - a.end);
  const out: RawSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (!last || span.start >= last.end) {
      out.push(span);
      continue;
    }
    // overlap: keep higher priority; on a tie the longer one
    const spanLength = span.end - span.start;
    const lastLength = last.end - last.start;
    if (span.prio > last.prio || (span.prio === last.prio && spanLength > lastLength)) {
      // replace last (and any earlier spans this one also overlaps)
      out.pop();
      while (out.length && out[out.length - 1].end > span.start && out[out.length - 1].prio <= span.prio) out.pop();
      if (out.length && out[out.length - 1].end > span.start) continue;
      out.push(span);
    }
  }
  return out;
}

/** Drops the spans whose text the user marked "geen identificatie" (compared with normaliseName). */
export function withoutIgnored(text: string, spans: RawSpan[], ignore: string[] | undefined): RawSpan[] {
  if (!ignore || !ignore.length) return spans;
  const ignored = new Set(ignore.map((s) => normaliseName(s)));
  return spans.filter((s) => !ignored.has(normaliseName(text.slice(s.start, s.end))));
}
