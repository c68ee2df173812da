import type { AreaHandlers } from '../../../shared/api/contract';
import type { GroupService } from './service';

export function groupsHandlers(groups: GroupService): AreaHandlers<'groups'> {
  return {
    'groups.list': () => groups.list(),
    'groups.get': (i) => groups.get(i.id),
    'groups.save': (i) => groups.save(i),
    'groups.delete': (i) => groups.delete(i.id),
  };
}
