// What the anonymiser's class tests share: the detector on the test lexicons, its findings written as
// "surface:LABEL", and a class table of sentences that must give no finding beside sentences of the same
// shape where a person or place must still be found.
import { describe, it, expect } from 'vitest';
import { createDetector } from '../index';
import { testLexiconSources } from './lexicons';

const detector = createDetector(testLexiconSources());

/** The findings in `text`, each as "surface text:LABEL", in order. */
export function spans(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

export type Row = [what: string, text: string, want: string[]];

/** One class: phrases that must give no finding, and phrases of the same shape whose findings are `want`. */
export function classTable(name: string, mustNotFlag: Array<[string, string]>, mustFlag: Row[]): void {
  describe(name, () => {
    it.each(mustNotFlag)('no finding: %s', (_what, text) => {
      expect(spans(text)).toEqual([]);
    });
    it.each(mustFlag)('still found: %s', (_what, text, want) => {
      expect(spans(text)).toEqual(want);
    });
  });
}
