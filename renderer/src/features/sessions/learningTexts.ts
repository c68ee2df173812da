import type { LearningRecord } from '../../../../shared/sessions/types';

/** Every free text of the learning record, for the identifier check before it is saved. */
export function learningTexts(l: LearningRecord): string[] {
  return [l.inbrengerLearned, l.inbrengerWillTry, l.toWerkbegeleiding, l.processFeedback, ...l.participantLearnings.map((p) => p.text)];
}
