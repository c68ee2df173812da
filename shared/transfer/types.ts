/**
 * "Alles exporteren / importeren": the whole Leertafel in one encrypted file, to move to a new laptop or
 * to keep a copy outside the app. docs/EXPORT-FORMAT.md describes the file.
 */
import { z } from 'zod';
import { PASSWORD_MAX, passwordSchema } from '../lock/types';

export const TRANSFER_FORMAT = 'leertafel-export';
/** 2: the payload carries the bundle exchange's identity key (`identity`). */
export const TRANSFER_FORMAT_VERSION = 2;
/** The largest file the import reads (bytes of the file as stored, before decryption). */
export const TRANSFER_MAX_BYTES = 256 * 1024 * 1024;

/** The areas a preview counts per, in the order the screen shows them. */
export const TRANSFER_AREAS = [
  'scripts',
  'settings',
  'cases',
  'groups',
  'sessions',
  'reflections',
  'ffps',
  'sos',
  'portfolio',
  'exchange',
  'notices',
] as const;
export type TransferArea = (typeof TRANSFER_AREAS)[number];

/**
 * Why a file was refused: each has its own sentence in the UI. Nothing is changed on a refusal.
 * - `unreadable`: the file could not be read (path does not exist, not a file, too large).
 * - `not-an-export`: not a Leertafel export at all (another file, or its outer form is malformed).
 * - `truncated`: starts like an export but ends too early (a copy or download cut off).
 * - `newer`: made by a newer Leertafel (file format or database version this app does not know).
 * - `older`: made by an older Leertafel whose tables this app can no longer read as they are.
 * - `password`: the password does not open the file.
 * - `tampered`: the password is right but the content was changed after export (tag or checksum fails).
 * - `content`: the content does not fit this app's tables (types, missing or unknown fields, constraints).
 * - `unresolved`: case text holds an identifier this machine's anonymisation gate does not let through.
 * - `references`: what the file adds refers to items that are different here (merge only).
 */
export const TRANSFER_REFUSALS = ['unreadable', 'not-an-export', 'truncated', 'newer', 'older', 'password', 'tampered', 'content', 'unresolved', 'references'] as const;
export type TransferRefusal = (typeof TRANSFER_REFUSALS)[number];

/**
 * `restore`: this installation holds nothing of its own yet (only the built-in scripts and settings): the
 * file is restored whole, settings and the name-hash key included. `merge`: items are matched by id; an
 * item that exists here stays as it is (identical or not), only new items are added.
 */
export type TransferMode = 'restore' | 'merge';

export interface TransferAreaCount {
  area: TransferArea;
  /** Not here yet: added. */
  new: number;
  /** Here already, identical: nothing happens. */
  identical: number;
  /** Here already with other content: the version here stays, the file's is skipped. */
  conflicts: number;
}

export interface TransferPreview {
  mode: TransferMode;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  areas: TransferAreaCount[];
}

export type TransferOutcome =
  | { status: 'refused'; reason: TransferRefusal }
  | { status: 'preview'; preview: TransferPreview }
  | { status: 'imported'; preview: TransferPreview };

export interface TransferExport {
  fileName: string;
  /** Where the file was written: `exports/<fileName>` inside the data folder. */
  relativePath: string;
  bytes: number;
  /** The file itself (JSON text), for a download in the renderer. */
  content: string;
}

export const exportInputSchema = z.object({ password: passwordSchema }).strict();

/** Either a file on this computer (a name in the data folder's `exports/`, or a full path) or the bytes of an uploaded file (base64). */
export const importInputSchema = z
  .object({
    password: z.string().min(1).max(PASSWORD_MAX),
    file: z.string().min(1).max(4096).optional(),
    data: z.string().max(Math.ceil((TRANSFER_MAX_BYTES * 4) / 3) + 4).optional(),
  })
  .strict()
  .refine((v) => (v.file === undefined) !== (v.data === undefined), { message: 'file of data, precies één' });
export type ImportInput = z.infer<typeof importInputSchema>;
