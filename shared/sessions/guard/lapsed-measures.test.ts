// A measure that has lapsed is a fact: "vervallen" and "verlopen" are strong participles that look like infinitives,
// so after a perfect auxiliary ("is vervallen", "zijn verlopen") they say what happened, while "laten vervallen"
// and "moet vervallen" stay this session's step. Phrases written for these tests (session 11, from the false alarms
// of resources/guard-train/train-3.jsonl, other names and measures).
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

const fires = (text: string) => expect(guardVerdict(text).fire, text).toBe(true);
const silent = (text: string) => expect(guardVerdict(text).fire, text).toBe(false);

describe('a measure that has lapsed is a fact; letting it lapse is a step', () => {
  it.each([
    'de machtiging uithuisplaatsing van Noah is vervallen',
    'OTS loopt nog tot de zomer, de spoedmachtiging is vervallen',
    'de ots van Lieke is in maart verlopen',
    'beide machtigingen zijn vorige week verlopen',
  ])('%s stays silent', silent);
  it.each([
    'MUHP van Noah laten vervallen',
    'de spoedmachtiging moet vervallen, Lieke blijft bij oma',
    'ots Lieke laten verlopen per 1 juni',
    '-> machtiging laten vervallen',
  ])('%s fires', fires);
});
