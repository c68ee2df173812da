import { findDecisionLanguage } from './shared/sessions/guard';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), JSON.stringify(findDecisionLanguage(t)));
