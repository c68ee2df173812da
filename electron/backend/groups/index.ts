/** The groups area: leergroepen and their members. Other areas use `GroupService`'s interface, never its tables. */
export { GroupService, type GroupUsage } from './service';
export { publicMember, type StoredMember } from './repository';
export { groupsHandlers } from './handlers';
