// The two locales hold the same keys, and the English one is English: a Dutch function word in an English
// text means a sentence was left untranslated (issue 15: "Learning yield", "Persoon A" were seen on screen).
import { describe, expect, it } from 'vitest';
import { nl } from './nl';
import { en } from './en';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Dutch words that are no English words, frequent in any Dutch sentence (articles, prepositions, pronouns, verbs). */
const DUTCH = new Set([
  'de', 'het', 'een', 'en', 'van', 'voor', 'naar', 'niet', 'geen', 'met', 'bij', 'ook', 'nog', 'wordt', 'worden', 'zijn',
  'wat', 'wie', 'hoe', 'waar', 'deze', 'dit', 'dat', 'er', 'je', 'jouw', 'uw', 'u', 'wij', 'ze', 'hun',
  'kan', 'kun', 'moet', 'mag', 'heeft', 'hebt', 'nu', 'eerst', 'alle', 'andere', 'opslaan', 'toevoegen', 'verwijderen',
  'annuleren', 'terug', 'volgende', 'vorige', 'bijeenkomst', 'bijeenkomsten', 'casus', 'casussen', 'leeropbrengst',
  'gespreksleider', 'inbrenger', 'deelnemer', 'deelnemers', 'persoon', 'datum', 'tijd', 'uur', 'minuten', 'geleden',
]);
// Dutch words English texts use on purpose: the field's own names for its methods and registers.
const KEPT = /\b(?:Vier Vensters|Signs of Safety|Veilig Thuis|Raad voor de Kinderbescherming|SKJ|FFPS?|MLB|Jeugdwet|werkbegeleiding)\b/g;

describe('the locales', () => {
  const dutch = leaves(nl as unknown as Tree);
  const english = leaves(en as unknown as Tree);

  it('hold the same keys', () => {
    const plural = /_(?:zero|one|two|few|many|other)$/;
    const base = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(plural, '')));
    expect([...base(dutch.keys())].filter((k) => !base(english.keys()).has(k))).toEqual([]);
    expect([...base(english.keys())].filter((k) => !base(dutch.keys()).has(k))).toEqual([]);
  });

  it('the English texts hold no Dutch sentence', () => {
    const found: string[] = [];
    for (const [key, text] of english) {
      // placeholders, and the script format's own keywords quoted in a message ('minuten', [inbrenger, …]), are no sentence
      const words = text.replace(/\{\{[^}]*\}\}|'[^']*'|\[[^\]]*\]/g, ' ').replace(KEPT, ' ').toLowerCase().split(/[^\p{L}]+/u);
      const hits = words.filter((w) => DUTCH.has(w));
      if (hits.length > 0) found.push(`${key}: ${text} [${hits.join(', ')}]`);
    }
    expect(found).toEqual([]);
  });
});
