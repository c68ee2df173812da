/** The anonymiser's one method: its word lists, for live highlighting in the renderer (loaded once, lazily). */
import { method } from '../api/define';
import { noInput } from '../common/schemas';
import type { LexiconSources } from './lexicon';

export const anonymiserContract = {
  'anonymiser.lexicons': method<LexiconSources>()(noInput, { repeatable: true }),
};
