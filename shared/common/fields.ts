/** A text a user wrote, with its path in the request (e.g. `people.3.role`): what the anonymisation gate checks. */
export interface TextField {
  /** Where the text sits in the request. Never the text itself. */
  path: string;
  text: string;
}
