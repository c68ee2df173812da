import type { AreaHandlers } from '../../../shared/api/contract';
import type { SessionService } from './service';

export function sessionsHandlers(sessions: SessionService): AreaHandlers<'sessions'> {
  return {
    'sessions.list': (i) => sessions.list(i),
    'sessions.plan': (i) => sessions.plan(i.scriptId, i.plan),
    'sessions.get': (i) => sessions.get(i.id),
    'sessions.updatePlan': (i) => sessions.updatePlan(i.id, i.plan),
    'sessions.saveRun': (i) => sessions.saveRun(i.id, i.run),
    'sessions.saveCanvas': (i) => sessions.saveCanvas(i.id, i.canvas),
    'sessions.saveLearning': (i) => sessions.saveLearning(i.id, i.learning),
    'sessions.saveReflection': (i) => sessions.saveReflection(i),
    'sessions.delete': (i) => sessions.delete(i.id),
    'sessions.export': (i) => sessions.export(i.id, i.format, i.includeCanvas),
  };
}
