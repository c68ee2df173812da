/** The exchange area: who this installation is to its colleagues (name and key fingerprint). */
import { method } from '../api/define';
import { noInput } from '../common/schemas';
import type { Identity } from './types';

export const exchangeContract = {
  'exchange.identity': method<Identity>()(noInput, { repeatable: true }),
};
