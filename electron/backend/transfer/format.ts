/**
 * The export file (docs/EXPORT-FORMAT.md): an outer JSON envelope, readable without the password, that
 * holds the inner document gzipped and encrypted with AES-256-GCM under scrypt(password). The envelope's
 * header is the GCM additional data, so changing it fails like changing the ciphertext. A short check
 * value derived from the same scrypt output tells a wrong password from a changed file.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';
import { TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, type TransferRefusal } from '../../../shared/transfer/types';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** A cell as it travels: SQLite TEXT, INTEGER, REAL or NULL (no table the file carries holds a BLOB). */
export type Cell = string | number | null;
export interface TableRows {
  columns: string[];
  rows: Cell[][];
}
export interface Payload {
  /** The name-hash key (hex), so the keyed hashes of resolved names keep working after a restore. */
  nameKey: string;
  /**
   * The bundle exchange's Ed25519 private key (PKCS#8 PEM), so a restore onto a new laptop keeps the
   * identity colleagues confirmed. Format 2 on; absent in format 1 files.
   */
  identity?: string;
  tables: Record<string, TableRows>;
}
export interface InnerDocument {
  format: typeof TRANSFER_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  payload: Payload;
  /** SHA-256 (hex) of the canonical JSON of `payload`. */
  checksum: string;
}

export class TransferRefused extends Error {
  constructor(readonly reason: TransferRefusal) {
    super(`transfer refused: ${reason}`);
    this.name = 'TransferRefused';
  }
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const envelopeSchema = z
  .object({
    format: z.literal(TRANSFER_FORMAT),
    formatVersion: z.number().int().positive(),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        // 2^10 (the test cost) to 2^20: a header asking for more memory than that is not ours.
        N: z.number().int().refine((n) => n >= 2 ** 10 && n <= 2 ** 20 && (n & (n - 1)) === 0),
        r: z.number().int().min(1).max(16),
        p: z.number().int().min(1).max(4),
        salt: b64.max(64),
      })
      .strict(),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: b64.max(32), tag: b64.max(32), check: b64.max(64) }).strict(),
    data: b64,
  })
  .strict();
type Envelope = z.infer<typeof envelopeSchema>;

const MAX_INFLATED = 1024 * 1024 * 1024;

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function checksum(payload: Payload): string {
  return crypto.createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');
}

function derive(password: string, salt: Buffer, k: KdfParams): { key: Buffer; check: Buffer } {
  const out = crypto.scryptSync(password.normalize('NFC'), salt, 64, { N: k.N, r: k.r, p: k.p, maxmem: 128 * k.N * k.r * 2 + 1024 * 1024 });
  const check = crypto.createHmac('sha256', out.subarray(32)).update('leertafel-export password check').digest().subarray(0, 16);
  return { key: out.subarray(0, 32), check };
}

function aad(e: Pick<Envelope, 'format' | 'formatVersion' | 'kdf'>): Buffer {
  return Buffer.from(canonicalJson({ format: e.format, formatVersion: e.formatVersion, kdf: e.kdf, cipher: 'aes-256-gcm' }), 'utf8');
}

/** The file's text for an inner document. */
export function seal(doc: InnerDocument, password: string, kdf: KdfParams): string {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const { key, check } = derive(password, salt, kdf);
  const header = { format: TRANSFER_FORMAT, formatVersion: TRANSFER_FORMAT_VERSION, kdf: { name: 'scrypt' as const, ...kdf, salt: salt.toString('base64') } } as const;
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(aad(header));
  const data = Buffer.concat([c.update(zlib.gzipSync(Buffer.from(JSON.stringify(doc), 'utf8'))), c.final()]);
  key.fill(0);
  const envelope: Envelope = {
    ...header,
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64'), check: check.toString('base64') },
    data: data.toString('base64'),
  };
  return JSON.stringify(envelope);
}

/**
 * The inner document of a file, or a refusal reason. Checks in this order: the outer form (truncated,
 * not an export, newer format), the password (check value), the tag (tampered), the inner form and its
 * checksum. Nothing here touches the database.
 */
export function open(text: string, password: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Cut off somewhere after the start: the start still says what it is.
    throw new TransferRefused(/^\s*\{\s*"format"\s*:\s*"leertafel-export"/.test(text) ? 'truncated' : 'not-an-export');
  }
  const head = z.object({ format: z.literal(TRANSFER_FORMAT), formatVersion: z.number() }).passthrough().safeParse(raw);
  if (!head.success) throw new TransferRefused('not-an-export');
  if (head.data.formatVersion > TRANSFER_FORMAT_VERSION) throw new TransferRefused('newer');
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) throw new TransferRefused('not-an-export');
  const e = parsed.data;
  const salt = Buffer.from(e.kdf.salt, 'base64');
  const iv = Buffer.from(e.cipher.iv, 'base64');
  const tag = Buffer.from(e.cipher.tag, 'base64');
  if (salt.length < 16 || iv.length !== 12 || tag.length !== 16) throw new TransferRefused('not-an-export');
  // At most 512 MiB of scrypt memory (the app writes 2^17 · 8 · 128 = 128 MiB): a header cannot make the reader run out.
  if (128 * e.kdf.N * e.kdf.r > 512 * 1024 * 1024) throw new TransferRefused('not-an-export');
  let derived: { key: Buffer; check: Buffer };
  try {
    derived = derive(password, salt, e.kdf);
  } catch {
    throw new TransferRefused('not-an-export');
  }
  const { key, check } = derived;
  const stored = Buffer.from(e.cipher.check, 'base64');
  if (stored.length !== check.length || !crypto.timingSafeEqual(stored, check)) throw new TransferRefused('password');
  let plain: Buffer;
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.setAAD(aad(e));
    d.setAuthTag(tag);
    plain = Buffer.concat([d.update(Buffer.from(e.data, 'base64')), d.final()]);
  } catch {
    throw new TransferRefused('tampered');
  } finally {
    key.fill(0);
  }
  let inner: unknown;
  try {
    inner = JSON.parse(zlib.gunzipSync(plain, { maxOutputLength: MAX_INFLATED }).toString('utf8'));
  } catch {
    // The tag held: the password's owner wrote this, but it is no document of ours.
    throw new TransferRefused('content');
  }
  return inner;
}

const cell = z.union([z.string(), z.number().finite(), z.null()]);
const innerSchema = z
  .object({
    format: z.literal(TRANSFER_FORMAT),
    formatVersion: z.number().int().positive(),
    schemaVersion: z.number().int().positive(),
    appVersion: z.string().max(100),
    createdAt: z.string().datetime(),
    payload: z
      .object({
        nameKey: z.string().regex(/^[0-9a-f]{64}$/),
        identity: z.string().max(1000).optional(),
        tables: z.record(z.string().max(100), z.object({ columns: z.array(z.string().max(100)).min(1), rows: z.array(z.array(cell)) }).strict()),
      })
      .strict(),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** The inner document's form, versions and checksum; refuses with the reason the user sees. */
export function validateInner(inner: unknown, schemaVersion: number): InnerDocument {
  const head = z.object({ formatVersion: z.number(), schemaVersion: z.number() }).passthrough().safeParse(inner);
  if (head.success && (head.data.formatVersion > TRANSFER_FORMAT_VERSION || head.data.schemaVersion > schemaVersion)) throw new TransferRefused('newer');
  const parsed = innerSchema.safeParse(inner);
  if (!parsed.success) throw new TransferRefused('content');
  const doc = parsed.data as InnerDocument;
  if (checksum(doc.payload) !== doc.checksum) throw new TransferRefused('tampered');
  for (const t of Object.values(doc.payload.tables)) {
    if (new Set(t.columns).size !== t.columns.length) throw new TransferRefused('content');
    if (t.rows.some((r) => r.length !== t.columns.length)) throw new TransferRefused('content');
  }
  return doc;
}
