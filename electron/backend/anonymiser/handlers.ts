import type { AreaHandlers } from '../../../shared/api/contract';
import type { LexiconSources } from '../../../shared/anonymiser';

export function anonymiserHandlers(anonymiser: { sources: () => LexiconSources }): AreaHandlers<'anonymiser'> {
  return {
    'anonymiser.lexicons': () => anonymiser.sources(),
  };
}
