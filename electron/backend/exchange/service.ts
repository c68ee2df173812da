import crypto, { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../core/db';
import { ApiError } from '../../../shared/api/errors';
import {
  BUNDLE_FORMAT,
  BUNDLE_MAX_CHARS,
  BUNDLE_VERSION,
  envelopeSchema,
  type BundleKind,
  type BundlePreview,
  type BundleRefusal,
  type Envelope,
  type Identity,
} from '../../../shared/exchange/types';
import { ExchangeRepository } from './repository';
import { canonicalJson, createSigner, fingerprint, verify, type Signer } from './signing';

/** A refused bundle: one reason, and nothing changed. */
export function refuse(reason: BundleRefusal, detail?: string): never {
  throw new ApiError('BUNDLE', `bundle refused: ${reason}`, [{ path: 'bundle', message: detail ? `${reason}: ${detail}` : reason }]);
}

/** An opened bundle whose signature holds, with its payload checked by the kind's schema. */
export interface OpenedBundle<T> {
  envelope: Envelope;
  payload: T;
  digest: string;
  preview: Omit<BundlePreview, 'summary'>;
}

/**
 * Signed bundles between installations. `seal` signs a payload as this machine; `open` checks, in this
 * order, that the file is a bundle of a known version, that the signature covers every byte, that it is
 * not our own, and whether its id was seen before. Trust on first use: a new key is accepted only when
 * the user confirmed its fingerprint (`trustNew`), after which a bundle signed by another key under the
 * same name is new again, never silently accepted.
 */
export class ExchangeService {
  private readonly repo: ExchangeRepository;
  private readonly signer: Signer;

  constructor(
    db: Db,
    dataDir: string,
    private readonly myName: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new ExchangeRepository(db);
    this.signer = createSigner(dataDir);
  }

  identity(): Identity {
    return { name: this.myName(), fingerprint: fingerprint(this.signer.publicKey()) };
  }

  /** The identity's private key (PEM), for a full export (transfer area, encrypted file only). */
  identityKey(): string {
    return this.signer.privateKeyPem();
  }

  /** Takes over the identity of a restored installation: colleagues keep recognising its bundles. */
  adoptIdentity(pem: string): void {
    this.signer.adopt(pem);
  }

  seal(kind: BundleKind, payload: unknown): { id: string; content: string } {
    const id = randomUUID();
    const unsigned = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      kind,
      id,
      createdAt: this.now().toISOString(),
      sender: { name: this.myName(), publicKey: this.signer.publicKey() },
      payload,
    };
    const envelope = { ...unsigned, signature: this.signer.sign(canonicalJson(unsigned)) };
    return { id, content: `${JSON.stringify(envelope, null, 2)}\n` };
  }

  open<S extends z.ZodType>(content: string, kind: BundleKind, payloadSchema: S): OpenedBundle<z.output<S>> {
    if (content.length > BUNDLE_MAX_CHARS) refuse('not-a-bundle', 'too large');
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch {
      refuse('not-a-bundle', 'not JSON');
    }
    if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) refuse('not-a-bundle');
    const version = (raw as { version?: unknown }).version;
    if (version !== BUNDLE_VERSION) refuse('version', String(version));
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success) refuse('not-a-bundle', parsed.error.issues[0]?.path.join('.'));
    const envelope = parsed.data;
    if (envelope.kind !== kind) refuse('not-a-bundle', `expected ${kind}`);
    const { signature, ...unsigned } = raw as Envelope;
    if (!verify(envelope.sender.publicKey, canonicalJson(unsigned), signature)) refuse('signature');
    if (envelope.sender.publicKey === this.signer.publicKey()) refuse('own');
    const payload = payloadSchema.safeParse(envelope.payload);
    if (!payload.success) refuse('content', payload.error.issues[0]?.path.join('.'));
    const digest = crypto.createHash('sha256').update(canonicalJson(raw)).digest('hex');
    const seen = this.repo.imported(envelope.id);
    if (seen && seen.digest !== digest) refuse('replayed');
    const known = this.repo.trusted(envelope.sender.publicKey);
    return {
      envelope,
      payload: payload.data,
      digest,
      preview: {
        id: envelope.id,
        kind: envelope.kind,
        createdAt: envelope.createdAt,
        sender: { name: envelope.sender.name, fingerprint: fingerprint(envelope.sender.publicKey) },
        trust: known ? 'known' : 'new',
        nameKnownWithOtherKey: !known && this.repo.trustedNamed(envelope.sender.name).length > 0,
        alreadyImported: seen !== undefined,
      },
    };
  }

  /**
   * Records the import (and the sender's key, when the user confirmed it). Call inside the transaction
   * that applies the payload, so that a failure leaves neither.
   */
  accept(opened: OpenedBundle<unknown>, trustNew: boolean): void {
    const { envelope } = opened;
    if (opened.preview.trust === 'new') {
      if (!trustNew) refuse('untrusted', opened.preview.sender.fingerprint);
      this.repo.trust(envelope.sender.publicKey, envelope.sender.name, this.now().toISOString());
    }
    if (!opened.preview.alreadyImported) this.repo.recordImport(envelope.id, opened.digest, envelope.kind, this.now().toISOString());
  }
}
