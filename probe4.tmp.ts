import { loadLexiconSources } from './electron/backend/anonymiser/lexicons';
import { parseLexicons } from './shared/anonymiser/lexicon';
import { isOrdinaryWord } from './shared/anonymiser/detector/wordClasses';
const lex = (parseLexicons as any)(loadLexiconSources());
for (const w of process.argv.slice(2)) console.log(w, isOrdinaryWord(lex, w), lex.firstNames.has(w), lex.surnames.has(w));
