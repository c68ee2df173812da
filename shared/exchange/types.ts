/**
 * Bundles: how work travels between two laptops without a server (secure mail, a Teams or SharePoint
 * folder). A bundle is one signed JSON file; docs/bundles.md describes the format. It never holds raw
 * identifiers nor the keyed hashes of a case.
 */
import { z } from 'zod';
import { oneLine, uuidSchema } from '../common/schemas';

export const BUNDLE_FORMAT = 'leertafel-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_MAX_CHARS = 2_000_000;

export const BUNDLE_KINDS = ['ffps-feedback-request', 'ffps-feedback'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** Ed25519 public key: the 32 raw bytes, base64. */
const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'een Ed25519-sleutel');

export const senderSchema = z.object({ name: oneLine(100), publicKey }).strict();
export type Sender = z.infer<typeof senderSchema>;

/** The outer envelope; `payload` is checked by the kind's own schema after the signature holds. */
export const envelopeSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int(),
    kind: z.enum(BUNDLE_KINDS),
    id: uuidSchema,
    createdAt: z.string().datetime(),
    sender: senderSchema,
    payload: z.unknown(),
    /** Ed25519 over the canonical JSON of every other field, base64. */
    signature: z.string().min(1).max(200),
  })
  .strict();
export type Envelope = z.infer<typeof envelopeSchema>;

/** Why a bundle was refused: each reason has its own sentence in the UI. Nothing changes on a refusal. */
export const BUNDLE_REFUSALS = ['not-a-bundle', 'version', 'signature', 'untrusted', 'replayed', 'content', 'unknown-note', 'own'] as const;
export type BundleRefusal = (typeof BUNDLE_REFUSALS)[number];

export interface BundlePreview {
  id: string;
  kind: BundleKind;
  createdAt: string;
  sender: { name: string; fingerprint: string };
  /** 'known': a confirmed colleague; 'new': first bundle from this key, confirm the fingerprint first. */
  trust: 'known' | 'new';
  /** A confirmed colleague of the same name signs with another key: ask before trusting this one. */
  nameKnownWithOtherKey: boolean;
  /** Already imported before: importing again changes nothing. */
  alreadyImported: boolean;
  /** What is in it, in a line per item (code names, contact numbers, counts). */
  summary: string[];
}

export interface BundleFile {
  filename: string;
  content: string;
}

export interface Identity {
  name: string;
  fingerprint: string;
}
