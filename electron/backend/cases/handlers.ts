import type { AreaHandlers } from '../../../shared/api/contract';
import type { CaseService } from './service';

export function casesHandlers(cases: CaseService): AreaHandlers<'cases'> {
  return {
    'cases.list': () => cases.list(),
    'cases.suggestCodeName': () => cases.suggestCodeName(),
    'cases.create': (i) => cases.create(i),
    'cases.get': (i) => cases.get(i.id),
    'cases.update': (i) => cases.update(i),
    'cases.saveNotes': (i) => cases.saveNotes(i),
    'cases.recognise': (i) => cases.recognise(i),
    'cases.delete': (i) => cases.delete(i.id),
    'cases.export': (i) => cases.export(i.id),
    'cases.purgeExpired': () => cases.purgeExpired(),
  };
}
