import { useMemo } from 'react';
import { useTextChecks } from '../cases/textChecks';
import type { CasePerson } from '../../../../shared/cases/types';

/** The live anonymisation check for a case-note's fields: the case's pseudonyms, roles and code name are allowed. */
export function useNoteChecks(people: readonly CasePerson[], codeName: string) {
  const allowed = useMemo(() => [...people.flatMap((p) => [p.pseudonym, p.role]), codeName].filter(Boolean), [people, codeName]);
  return useTextChecks(allowed);
}
