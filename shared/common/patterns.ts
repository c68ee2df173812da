/** Id patterns, free of any library so the smallest modules (script vocabulary, preload) can use them. */

/** Random v4-style ids made by the backend (`crypto.randomUUID`), lower-case hex. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Readable ids chosen by people (script ids, file names): lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
