import type { AreaHandlers } from '../../../shared/api/contract';
import type { PortfolioService } from './service';

export function portfolioHandlers(p: PortfolioService): AreaHandlers<'portfolio'> {
  return {
    'portfolio.profiles': () => p.profiles(),
    'portfolio.me': () => ({ profile: p.me() }),
    'portfolio.saveProfile': (i) => p.saveProfile(i),
    'portfolio.chooseMe': (i) => p.chooseMe(i.id),
    'portfolio.memberChoices': () => p.memberChoices(),
    'portfolio.timeline': (i) => p.timeline(i),
    'portfolio.reflection': (i) => p.reflection(i.id),
    'portfolio.saveReflection': (i) => p.saveReflection(i),
    'portfolio.deleteReflection': (i) => p.deleteReflection(i.id),
    'portfolio.goals': () => p.goals(),
    'portfolio.goal': (i) => p.goal(i.id),
    'portfolio.saveGoal': (i) => p.saveGoal(i),
    'portfolio.linkGoal': (i) => p.linkGoal(i.goalId, i.key, i.linked),
    'portfolio.werkbegeleiding': () => p.werkbegeleiding(),
    'portfolio.updateWb': (i) => p.updateWb(i),
    'portfolio.hours': () => p.hours(),
    'portfolio.saveHours': (i) => p.saveHours(i),
    'portfolio.deleteHours': (i) => p.deleteHours(i.id),
    'portfolio.exportReflections': (i) => p.exportReflections(i.keys, i.format),
    'portfolio.exportAttendance': (i) => p.exportAttendance(i.sessionId, i.format),
    'portfolio.exportHours': (i) => p.exportHours(i.format),
  };
}
