/**
 * Errors cross the API boundary as typed codes, never as stack traces or raw text: the renderer turns a
 * code into a Dutch (or English) sentence, and nothing the user typed ends up in an error log.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'READ_ONLY',
  'PARSE_ERROR',
  'CONFLICT',
  'FORBIDDEN',
  'UNKNOWN_METHOD',
  /** Case text still holds an identifier nobody resolved: the anonymisation gate refuses to store it. */
  'UNRESOLVED',
  /** A BSN, phone number, e-mail, postcode or case number in text that is not case material (a group, a script). */
  'IDENTIFIER',
  /** A bundle from another laptop was refused whole (its detail names the reason); nothing changed. */
  'BUNDLE',
  /** The app is locked: only lock.* and app.info answer until the password is given (issue 12). */
  'LOCKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One precise problem: a field path (validation) or a line number (file import). */
export interface ErrorDetail {
  path?: string;
  line?: number;
  message: string;
  /** The problem as a code with parameters, for the renderer to word in the UI language. */
  issue?: { code: string; params?: Record<string, string | number> };
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** Developer-facing summary in English; the UI shows its own text for the code. */
  message: string;
  details?: ErrorDetail[];
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetail[];
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
  toBody(): ApiErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function isErrorBody(x: unknown): x is ApiErrorBody {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as ApiErrorBody).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((x as ApiErrorBody).code)
  );
}
