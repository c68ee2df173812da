import { createDetector, groupMentions } from './shared/anonymiser';
import { loadLexiconSources } from './electron/backend/anonymiser/lexicons';
const d = createDetector(loadLexiconSources());
const texts = process.argv.slice(2);
for (const t of texts) {
  const spans = d.detect(t);
  console.log(JSON.stringify(t));
  for (const e of groupMentions(t, spans)) console.log('  ', e.label, JSON.stringify(e.forms), e.mentions.length, e.suggestion);
}
