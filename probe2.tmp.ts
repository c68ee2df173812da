import { findDecisionLanguage, rephraseAsSuggestion } from './shared/sessions/guard';
for (const t of process.argv.slice(2)) { const r = rephraseAsSuggestion(t); console.log(JSON.stringify(t), findDecisionLanguage(t).map(m=>m.reason), '->', JSON.stringify(r), findDecisionLanguage(r).length); }
