import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { tempDir, testBackend } from '../testing/helpers';
import { canonicalJson, createSigner } from '../exchange';
import type { Identity } from '../../../shared/exchange/types';
import type { CaseNoteSave } from '../../../shared/ffps/types';

/** Two installations, each with its own data folder and key: the gezinsmanager's and the supervisor's. */
function twoLaptops() {
  const gmDir = tempDir();
  const gm = testBackend(gmDir);
  gm.services.settings.update({ displayName: 'Anna de Vries' });
  const sv = testBackend();
  sv.services.settings.update({ displayName: 'Bram Okafor' });
  return { gm, gmDir, sv };
}

const identity = (b: Backend) => b.handlers['exchange.identity']({}) as Identity;

function writeNote(b: Backend, extra: Partial<CaseNoteSave> = {}) {
  const c0 = b.services.cases.create({ format: 'ffps' });
  const c = b.services.cases.update({
    id: c0.id, codeName: c0.codeName, format: 'ffps', retentionUntil: c0.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'zoon, 15', pseudonym: 'Sem' }], timeline: [],
  });
  b.services.cases.saveNotes({ id: c.id, notes: 'Vrije aantekeningen die nooit in een bundel horen.', resolutions: [] });
  return b.services.ffps.saveNote({
    caseId: c.id, phase: 'verbinden-en-motiveren', contactNumber: 1, week: 1,
    present: [c.people[0].id], goals: [{ goal: 'Kennismaken', progress: 'Moeder vertelde open' }],
    interventions: 'Ik benoemde de zorg van Moeder als betrokkenheid.', techniques: ['reframe'],
    responses: [{ personId: c.people[1].id, response: 'Sem bleef erbij zitten' }],
    hypothesis: { function: 'nabijheid', behaviour: 'Moeder belt vaak', nobleIntent: 'Zij wil Sem beschermen' },
    nextPlan: 'Sem apart spreken.', forDiscussion: false, ...extra,
  });
}

const feedbackOn = (noteId: string) => ({
  noteId,
  comments: [{ field: 'interventions' as const, quote: 'betrokkenheid', text: 'Sterke reframe.' }],
  principles: {
    krachtgericht: { score: 'ja' as const, comment: '' },
    relationeel: { score: 'ja' as const, comment: '' },
    fasegericht: { score: 'deels' as const, comment: 'Benoem de fase.' },
    nietOordelend: { score: 'ja' as const, comment: '' },
    matching: { score: 'nee' as const, comment: 'Sluit aan bij het tempo van Sem.' },
  },
  adherence: 4,
  competence: 4,
  oefenpunt: 'Vraag Sem wat hij nodig heeft.',
});

async function expectRefused(b: Backend, content: string, reason: string, trustNewSender = true) {
  const before = JSON.stringify([b.services.ffps.listNotes(), b.services.cases.list().map((c) => c.id)]);
  const r = await b.dispatch('ffps.importBundle', { content, trustNewSender });
  expect(r).toMatchObject({ ok: false, error: { code: 'BUNDLE' } });
  if (!r.ok) expect(r.error.details![0].message.split(':')[0]).toBe(reason);
  expect(JSON.stringify([b.services.ffps.listNotes(), b.services.cases.list().map((c) => c.id)])).toBe(before);
}

describe('FFPS bundles between two laptops', () => {
  it('carry a request and the feedback back, signed, with trust on first use', () => {
    const { gm, sv } = twoLaptops();
    const n = writeNote(gm);
    const request = gm.services.ffps.exportRequest([n.id]);
    expect(request.filename).toMatch(/^feedbackvraag-casus-.*\.leertafel$/);
    expect(request.content).not.toContain('Vrije aantekeningen');
    expect(request.content).not.toContain('key_hash');
    expect(gm.services.ffps.getNote(n.id).feedbackState).toBe('requested');

    const preview = sv.services.ffps.previewBundle(request.content);
    expect(preview).toMatchObject({ kind: 'ffps-feedback-request', trust: 'new', alreadyImported: false, sender: { name: 'Anna de Vries' } });
    expect(preview.sender.fingerprint).toBe(identity(gm).fingerprint);
    expect(preview.sender.fingerprint).not.toBe(identity(sv).fingerprint);
    expect(sv.services.ffps.importBundle(request.content, true)).toEqual({ kind: 'request', notes: 1, feedback: 0 });
    expect(sv.services.ffps.inbox().map((x) => [x.id, x.author])).toEqual([[n.id, 'Anna de Vries']]);
    // The same bundle again changes nothing.
    expect(sv.services.ffps.importBundle(request.content, false)).toEqual({ kind: 'request', notes: 0, feedback: 0 });

    const fb = sv.services.ffps.saveFeedback(feedbackOn(n.id));
    expect(fb.professional).toBe('Anna de Vries');
    const back = sv.services.ffps.exportFeedback([n.id]);
    expect(gm.services.ffps.previewBundle(back.content)).toMatchObject({ kind: 'ffps-feedback', trust: 'new', sender: { name: 'Bram Okafor' } });
    expect(gm.services.ffps.importBundle(back.content, true)).toEqual({ kind: 'feedback', notes: 0, feedback: 1 });
    const mine = gm.services.ffps.getNote(n.id);
    expect(mine.feedbackState).toBe('received');
    expect(mine.feedback).toMatchObject([{ id: fb.id, supervisor: 'Bram Okafor', adherence: 4, oefenpunt: 'Vraag Sem wat hij nodig heeft.' }]);

    // A second request from a confirmed colleague needs no confirmation.
    const n2 = writeNote(gm, { contactNumber: 2, week: 2 });
    expect(sv.services.ffps.previewBundle(gm.services.ffps.exportRequest([n2.id]).content).trust).toBe('known');
  });

  it('refuses, whole and with nothing changed: an unknown sender, a changed byte, a wrong signature, another version, a replayed id, an unknown note', async () => {
    const { gm, sv } = twoLaptops();
    const n = writeNote(gm);
    const request = gm.services.ffps.exportRequest([n.id]).content;
    await expectRefused(sv, request, 'untrusted', false);
    await expectRefused(sv, request.replace('Ik benoemde', 'Ik verzweeg'), 'signature');
    const env = JSON.parse(request);
    await expectRefused(sv, JSON.stringify({ ...env, signature: Buffer.alloc(64, 7).toString('base64') }), 'signature');
    await expectRefused(sv, JSON.stringify({ ...env, version: 2 }), 'version');
    await expectRefused(sv, JSON.stringify({ hello: 'world' }), 'not-a-bundle');
    await expectRefused(sv, 'geen json', 'not-a-bundle');
    await expectRefused(gm, request, 'own');

    expect(sv.services.ffps.importBundle(request, true).notes).toBe(1);
    // Another bundle under an id already imported: a replay, refused (a third laptop re-signs it).
    const malloryDir = tempDir();
    const mallory = testBackend(malloryDir);
    const forged = JSON.parse(mallory.services.ffps.exportRequest([writeNote(mallory).id]).content);
    forged.id = env.id;
    await expectRefused(sv, resign(malloryDir, forged), 'replayed');

    // Feedback on a note this laptop does not have.
    const stranger = testBackend();
    stranger.services.settings.update({ displayName: 'Chris Jansen' });
    const strangerNote = writeNote(stranger);
    const other = testBackend();
    other.services.ffps.importBundle(stranger.services.ffps.exportRequest([strangerNote.id]).content, true);
    other.services.ffps.saveFeedback(feedbackOn(strangerNote.id));
    await expectRefused(gm, other.services.ffps.exportFeedback([strangerNote.id]).content, 'unknown-note');
  });

  it("passes every imported text through this laptop's gate", async () => {
    const { gm, gmDir, sv } = twoLaptops();
    const n = writeNote(gm);
    const env = JSON.parse(gm.services.ffps.exportRequest([n.id]).content);
    env.payload.notes[0].interventions = 'Ik sprak Fatima Yilmaz, BSN 111222333.';
    const r = await sv.dispatch('ffps.importBundle', { content: resign(gmDir, env), trustNewSender: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
    expect(sv.services.ffps.listNotes()).toEqual([]);
    expect(sv.services.cases.list()).toEqual([]);
  });

  it('keeps the key in keys/ with owner-only permissions, the same across restarts', () => {
    const dir = tempDir();
    const a = testBackend(dir);
    const first = a.services.ffps.exportRequest([writeNote(a).id]).content;
    const fp = identity(a).fingerprint;
    a.close();
    const again = testBackend(dir);
    expect(identity(again).fingerprint).toBe(fp);
    expect(JSON.parse(first).sender.publicKey).toMatch(/=$/);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, 'keys', 'identity-ed25519.pem')).mode & 0o777).toBe(0o600);
  });
});

/** Signs a changed envelope with the key of the installation in `dataDir`: a sender tampering with its own bundle. */
function resign(dataDir: string, envelope: Record<string, unknown>): string {
  const { signature: _s, ...unsigned } = envelope;
  return JSON.stringify({ ...unsigned, signature: createSigner(dataDir).sign(canonicalJson(unsigned)) });
}
