/** The home area: one read model of what needs attention, gathered from the other areas. */
import { method } from '../api/define';
import { homeInputSchema, type HomeOverview } from './types';

export const homeContract = {
  'home.overview': method<HomeOverview>()(homeInputSchema, { repeatable: true }),
};
