// Shared types of the anonymiser.

export type Label = 'PERSOON' | 'LOCATIE' | 'POSTCODE' | 'TELEFOON' | 'EMAIL' | 'BSN' | 'DATUM' | 'INSTELLING' | 'ID';

/** A detected identifier: UTF-16 offsets into the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  label: Label;
}

export interface DetectOptions {
  /** names already known for this case: always found, in any case and inflection */
  knownNames?: string[];
  /** surface forms the user marked "geen identificatie" for this case: never reported */
  ignore?: string[];
}

export interface Detector {
  detect(text: string, options?: DetectOptions): Span[];
}
