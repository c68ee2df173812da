import type { AreaHandlers } from '../../../shared/api/contract';
import type { FfpsService } from './service';

export function ffpsHandlers(ffps: FfpsService): AreaHandlers<'ffps'> {
  return {
    'ffps.listNotes': (i) => ffps.listNotes(i),
    'ffps.getNote': (i) => ffps.getNote(i.id),
    'ffps.saveNote': (i) => ffps.saveNote(i),
    'ffps.deleteNote': (i) => ffps.deleteNote(i.id),
    'ffps.openOefenpunt': (i) => ({ open: ffps.myOpenOefenpunt(i.caseId) }),
    'ffps.timeline': (i) => ffps.timeline(i.caseId),
    'ffps.requestFeedback': (i) => ffps.requestFeedback(i.id),
    'ffps.inbox': () => ffps.inbox(),
    'ffps.saveFeedback': (i) => ffps.saveFeedback(i),
    'ffps.acknowledgeFeedback': (i) => ffps.acknowledgeFeedback(i.id),
    'ffps.markPractised': (i) => ffps.markPractised(i.id),
    'ffps.professionals': () => ffps.professionals(),
    'ffps.history': (i) => ffps.history(i.professional),
    'ffps.exportHistory': (i) => ffps.exportHistory(i.professional, i.format),
    'ffps.techniques': () => ffps.techniques(),
    'ffps.addTechnique': (i) => ffps.addTechnique(i.name),
    'ffps.exportRequest': (i) => ffps.exportRequest(i.noteIds),
    'ffps.exportFeedback': (i) => ffps.exportFeedback(i.noteIds),
    'ffps.previewBundle': (i) => ffps.previewBundle(i.content),
    'ffps.importBundle': (i) => ffps.importBundle(i.content, i.trustNewSender),
    'ffps.meeting': (i) => ffps.meeting(i.sessionId),
    'ffps.saveMeeting': (i) => ffps.saveMeeting(i.sessionId, i.meeting),
  };
}
