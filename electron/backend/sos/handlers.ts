import type { AreaHandlers } from '../../../shared/api/contract';
import type { SosService } from './service';

export function sosHandlers(sos: SosService): AreaHandlers<'sos'> {
  return {
    'sos.listTrajects': () => sos.listTrajects(),
    'sos.getTraject': (i) => sos.getTraject(i.id),
    'sos.saveTraject': (i) => sos.saveTraject(i),
    'sos.deleteTraject': (i) => sos.deleteTraject(i.id),
    'sos.linkSession': (i) => sos.linkSession(i.trajectId, i.moduleId, i.sessionId),
    'sos.learningItems': (i) => sos.learningItems(i.memberId),
    'sos.listWorksheets': (i) => sos.listWorksheets(i),
    'sos.createWorksheet': (i) => sos.createWorksheet(i),
    'sos.getWorksheet': (i) => sos.getWorksheet(i.id),
    'sos.saveWorksheet': (i) => sos.saveWorksheet(i),
    'sos.deleteWorksheet': (i) => sos.deleteWorksheet(i.id),
    'sos.viewWorksheet': (i) => sos.viewWorksheet(i.id),
    'sos.exportWorksheet': (i) => sos.exportWorksheet(i.id, i.format),
    'sos.checkWords': () => sos.checkWords(),
    'sos.addCheckWord': (i) => sos.addCheckWord(i),
    'sos.removeCheckWord': (i) => sos.removeCheckWord(i.kind, i.word),
    'sos.getSupervision': (i) => sos.getSupervision(i.sessionId),
    'sos.saveSupervision': (i) => sos.saveSupervision(i.sessionId, i.supervision),
  };
}
