import { randomUUID } from 'node:crypto';
import type { Gate, GateContext } from '../anonymiser';
import type { NameKey } from '../core/keys';
import { amsterdamToday } from '../core/dates';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { ScriptFormat } from '../../../shared/scripts/vocabulary';
import { normaliseName } from '../../../shared/anonymiser';
import {
  CODE_NAME_WORDS,
  type CaseDetail,
  type CasePerson,
  type CaseSummary,
  type RecognisedForm,
  type Resolution,
  type TimelineItem,
} from '../../../shared/cases/types';
import { caseTextFields } from '../../../shared/cases/fields';
import type { PurgeReport } from '../../../shared/cases/types';
import type { ScriptExport } from '../../../shared/scripts/types';
import { CaseRepository, headOf, type CaseRow } from './repository';
import { addDays, purgeExpired } from './retention';
import { exportCase } from './export';
import type { Db } from '../core/db';
import { NO_INDEX, type SearchIndex } from '../search';
import { caseDocs, casesSearchSource } from './search';
import { detail } from '../../../shared/api/details';

export interface CaseUpdate {
  id: string;
  codeName: string;
  format: ScriptFormat;
  retentionUntil: string;
  people: Array<{ id?: string; role: string; pseudonym: string }>;
  timeline: TimelineItem[];
}

export interface CaseServiceDeps {
  db: Db;
  gate: Gate;
  nameKey: NameKey;
  /** Days a case is kept after its last use (a setting, read on every use). */
  retentionDays: () => number;
  /** Where `backups/` lives: migration copies may hold case material and expire with it. */
  dataDir: string;
  /** Tells the user what a purge removed (the app area's notices). */
  notify: (message: string) => void;
  /**
   * The bijeenkomsten each case was discussed in, by case id. The sessions area knows them; it is
   * asked through this port so that the cases area never reads another area's tables.
   */
  discussedIn?: () => ReadonlyMap<string, CaseSummary['sessions']>;
  /** After cases are deleted or purged (committed, WAL checkpointed): deletion reaches the backups. */
  onDeleted?: (caseIds: readonly string[]) => void;
  /** The search index, written in step with every write (none in tests of this area alone). */
  search?: SearchIndex;
  now?: () => Date;
}

/**
 * Case material. Only anonymised text is ever written: every text field passes the gate first, and
 * the names the user resolved are kept as keyed hashes, never as text. Calendar dates (YYYY-MM-DD) are
 * Amsterdam dates, so a retention term ends at local midnight.
 *
 * Learning records that refer to a case (sessions, leeropbrengst, reflections) use ON DELETE SET NULL
 * on that reference: a purge removes the case material, not what was learnt.
 */
export class CaseService {
  readonly repo: CaseRepository;
  private readonly gate: Gate;
  private readonly nameKey: NameKey;
  private readonly retentionDays: () => number;
  private readonly discussedIn: () => ReadonlyMap<string, CaseSummary['sessions']>;
  private readonly dataDir: string;
  private readonly notify: (message: string) => void;
  private readonly onDeleted: (caseIds: readonly string[]) => void;
  readonly now: () => Date;
  private readonly search: SearchIndex;

  constructor(deps: CaseServiceDeps) {
    this.repo = new CaseRepository(deps.db);
    this.search = deps.search ?? NO_INDEX;
    // Case texts (and the canvas parts and FFPS notes tagged with the case) leave the index with the case.
    this.repo.onDelete = (id) => this.search.removeByCase(id);
    this.gate = deps.gate;
    this.nameKey = deps.nameKey;
    this.retentionDays = deps.retentionDays;
    this.discussedIn = deps.discussedIn ?? (() => new Map());
    this.onDeleted = deps.onDeleted ?? (() => {});
    this.dataDir = deps.dataDir;
    this.notify = deps.notify;
    this.now = deps.now ?? (() => new Date());
  }

  /** Summaries, most recently used first. */
  list(): CaseSummary[] {
    const discussed = this.discussedIn();
    return this.repo
      .listRows()
      .map((r) => ({ ...headOf(r), peopleCount: r.people_count, hasNotes: r.has_notes === 1, sessions: discussed.get(r.id) ?? [] }));
  }

  /** "Casus <word>" with a word no case uses yet; after all forty, the words again with a number. */
  suggestCodeName(): { codeName: string } {
    const used = new Set(this.repo.codeNames().map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) {
      for (const w of CODE_NAME_WORDS) {
        const name = n === 1 ? `Casus ${w}` : `Casus ${w} ${n}`;
        if (!used.has(name.toLowerCase())) return { codeName: name };
      }
    }
  }

  create(input: { codeName?: string; format: ScriptFormat }): CaseDetail {
    const codeName = input.codeName ?? this.suggestCodeName().codeName;
    this.gate.assertResolved([{ path: 'codeName', text: codeName }], { allowedPhrases: [], ignoreHashes: new Set() });
    const id = randomUUID();
    this.repo.transaction(() => {
      this.repo.insert({ id, codeName, format: input.format, retentionUntil: this.defaultRetention(), now: this.now().toISOString() });
      this.reindex(id);
    });
    return this.detail(id);
  }

  /** Opening a case is a use: it moves to the top and its retention term starts again. */
  get(id: string): CaseDetail {
    this.touch(id);
    return this.detail(id);
  }

  update(input: CaseUpdate): CaseDetail {
    const row = this.row(input.id);
    const existing = new Set(this.repo.people(input.id).map((p) => p.id));
    const badIds: ErrorDetail[] = [];
    input.people.forEach((p, i) => {
      if (p.id !== undefined && !existing.has(p.id)) badIds.push(detail(`people.${i}.id`, 'person_not_in_case', 'person is not in this case'));
    });
    if (badIds.length) throw new ApiError('VALIDATION', 'unknown person id', badIds);

    this.gate.assertPseudonyms(input.people.map((p, i) => ({ path: `people.${i}.pseudonym`, text: p.pseudonym })));
    const stored = this.storedContext(input.id);
    this.gate.assertResolved(caseTextFields(input), {
      allowedPhrases: [...input.people.map((p) => p.pseudonym), ...stored.replacements],
      ignoreHashes: stored.ignoreHashes,
    });

    // A date earlier than a use would give is a deliberate shortening: later uses must not undo it.
    const pinned =
      input.retentionUntil === row.retention_until ? row.retention_pinned : input.retentionUntil < this.defaultRetention() ? 1 : 0;
    this.repo.transaction(() => {
      this.repo.updateHead({ ...input, pinned, now: this.now().toISOString() });
      this.repo.replacePeople(input.id, input.people);
      this.repo.replaceTimeline(input.id, input.timeline);
      this.reindex(input.id);
    });
    return this.detail(input.id);
  }

  /**
   * Stores anonymised notes and what the user decided per identifier. The raw `forms` are used only to
   * compute keyed hashes here, in memory; they are never written and never logged.
   */
  saveNotes(input: { id: string; notes: string; resolutions: Resolution[] }): CaseDetail {
    this.row(input.id);
    const people = new Map(this.repo.people(input.id).map((p) => [p.id, p.pseudonym]));
    const resolved = checkResolutions(input.resolutions, people, (form) => this.gate.structured(form).length > 0);

    const stored = this.storedContext(input.id);
    const newReplacements = resolved.filter((r) => r.kind === 'pseudonym' && r.personId === null).map((r) => r.replacement);
    // A free replacement is a pseudonym: never a number, a date or somebody's full name.
    this.gate.assertPseudonyms(
      resolved.flatMap((r, i) => (r.kind === 'pseudonym' && r.personId === null ? [{ path: `resolutions.${i}.replacement`, text: r.replacement }] : [])),
    );
    const ctx: GateContext = {
      allowedPhrases: [...people.values(), ...stored.replacements, ...newReplacements],
      ignoreHashes: stored.ignoreHashes,
      ignoreForms: resolved.filter((r) => r.kind === 'ignore').flatMap((r) => r.forms),
    };
    this.gate.assertResolved([{ path: 'notes', text: input.notes }], ctx);

    const keys = resolved.flatMap((r) =>
      r.forms.filter((f) => normaliseName(f)).map((form) => ({ hash: this.nameKey(form), kind: r.kind, personId: r.personId, replacement: r.replacement })),
    );
    this.repo.transaction(() => {
      this.repo.setNotes(input.id, input.notes, this.now().toISOString());
      this.touch(input.id);
      this.repo.upsertKeys(input.id, keys);
      this.reindex(input.id);
    });
    return this.detail(input.id);
  }

  /** Which of these forms were resolved before in this case, with what they became. */
  recognise(input: { id: string; forms: string[] }): RecognisedForm[] {
    this.row(input.id);
    const keys = new Map(this.repo.keys(input.id).map((k) => [k.key_hash, k]));
    if (keys.size === 0) return [];
    const people = new Map(this.repo.people(input.id).map((p) => [p.id, p.pseudonym]));
    const out: RecognisedForm[] = [];
    for (const form of new Set(input.forms)) {
      const k = keys.get(this.nameKey(form));
      if (!k) continue;
      const current = k.person_id ? people.get(k.person_id) : undefined;
      out.push({ form, kind: k.kind, personId: k.person_id, replacement: current ?? k.replacement });
    }
    return out;
  }

  /** Deletes the case with everything in it; the WAL is emptied so the old pages do not linger there. */
  delete(id: string): { deleted: string } {
    const row = this.row(id);
    this.repo.delete([id]);
    this.repo.checkpoint();
    this.onDeleted([id]);
    return { deleted: row.code_name };
  }

  /** Anonymised Markdown for a supervisor; the stored text passes the gate again before it leaves. */
  export(id: string): ScriptExport {
    return exportCase(this, this.gate, id);
  }

  /** Removes the cases whose term ended before `today` (and old migration backups); see retention.ts. */
  purgeExpired(today?: string): PurgeReport {
    const deps = { repo: this.repo, dataDir: this.dataDir, retentionDays: this.retentionDays, notify: this.notify, now: this.now, onDeleted: this.onDeleted };
    return purgeExpired(deps, today);
  }

  // ── the interface other areas use ────────────────────────────────────────────────────────────────

  /**
   * A case received from a colleague (an FFPS feedback request): created with the sender's id, or its
   * code name and roster brought up to date. Every text passes this machine's gate; no notes or name
   * hashes travel with it. Call inside the importing transaction.
   */
  receive(input: { id: string; codeName: string; format: ScriptFormat; people: Array<{ id: string; role: string; pseudonym: string }> }): void {
    this.gate.assertPseudonyms(input.people.map((p, i) => ({ path: `case.people.${i}.pseudonym`, text: p.pseudonym })));
    this.gate.assertResolved(caseTextFields({ ...input, timeline: [] }), { allowedPhrases: input.people.map((p) => p.pseudonym), ignoreHashes: new Set() });
    const now = this.now().toISOString();
    const row = this.repo.row(input.id);
    if (!row) this.repo.insert({ id: input.id, codeName: input.codeName, format: input.format, retentionUntil: this.defaultRetention(), now });
    else this.repo.updateHead({ id: input.id, codeName: input.codeName, format: input.format, retentionUntil: row.retention_until, pinned: row.retention_pinned, now });
    this.repo.upsertPeople(input.id, input.people);
    this.reindex(input.id);
  }

  exists(id: string): boolean {
    return this.repo.row(id) !== undefined;
  }

  /** The roster: roles and pseudonyms, never names. */
  roster(id: string): CasePerson[] {
    this.row(id);
    return this.repo.people(id);
  }

  codeName(id: string): string | null {
    return this.repo.row(id)?.code_name ?? null;
  }

  /**
   * What text linked to this case may contain: the roster's pseudonyms, the replacements chosen before,
   * and the keyed hashes of forms marked "geen identificatie".
   */
  gateContext(caseId: string): GateContext {
    const stored = this.storedContext(caseId);
    return {
      allowedPhrases: [...this.repo.people(caseId).map((p) => p.pseudonym), ...stored.replacements],
      ignoreHashes: stored.ignoreHashes,
    };
  }

  /** Using a case (opening it, discussing it in a bijeenkomst) starts its retention term again, unless pinned. */
  touch(id: string): void {
    this.row(id);
    this.repo.markUsed(id, this.now().toISOString(), this.defaultRetention());
  }

  /** Every case's texts, for a search rebuild. */
  searchSource() {
    return casesSearchSource({ ids: () => this.repo.ids(), detail: (id) => this.detail(id) });
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  detail(id: string): CaseDetail {
    return this.repo.detail(this.row(id));
  }

  /** What earlier saves allowed: replacements chosen before, and the hashes of forms marked "geen identificatie". */
  storedContext(caseId: string): { replacements: string[]; ignoreHashes: Set<string> } {
    const keys = this.repo.keys(caseId);
    return {
      replacements: [...new Set(keys.filter((k) => k.kind === 'pseudonym' && k.replacement).map((k) => k.replacement))],
      ignoreHashes: new Set(keys.filter((k) => k.kind === 'ignore').map((k) => k.key_hash)),
    };
  }

  /** Writes the case's search documents (call inside the write's transaction). */
  private reindex(id: string): void {
    this.search.replace('case', id, caseDocs(this.detail(id)));
  }

  private defaultRetention(): string {
    return addDays(amsterdamToday(this.now()), this.retentionDays());
  }

  private row(id: string): CaseRow {
    const row = this.repo.row(id);
    if (!row) throw new ApiError('NOT_FOUND', 'case not found');
    return row;
  }
}

/**
 * A resolution names a roster person (whose pseudonym it then uses) or a free replacement that differs
 * from the forms; a structured identifier (BSN, phone, …) is replaced, never marked "geen identificatie".
 */
function checkResolutions(
  resolutions: readonly Resolution[],
  people: ReadonlyMap<string, string>,
  isStructured: (form: string) => boolean,
): Resolution[] {
  const problems: ErrorDetail[] = [];
  const resolved = resolutions.map((r, i) => {
    if (r.kind === 'ignore' && r.forms.some(isStructured))
      problems.push(detail(`resolutions.${i}.kind`, 'identifier_not_ignorable', 'a structured identifier cannot be marked geen identificatie'));
    let replacement = r.kind === 'ignore' ? '' : r.replacement.trim();
    if (r.personId !== null) {
      const pseudonym = people.get(r.personId);
      if (pseudonym === undefined) problems.push(detail(`resolutions.${i}.personId`, 'person_not_in_case', 'person is not in this case'));
      else if (r.kind === 'ignore') problems.push(detail(`resolutions.${i}.personId`, 'ignore_without_person', 'an ignored form has no person'));
      else replacement = pseudonym;
    } else if (r.kind === 'pseudonym') {
      if (!replacement) problems.push(detail(`resolutions.${i}.replacement`, 'replacement_needed', 'a pseudonym needs a replacement'));
      // A replacement equal to what it replaces would store the name as plain text.
      else if (r.forms.some((f) => normaliseName(f) === normaliseName(replacement)))
        problems.push(detail(`resolutions.${i}.replacement`, 'replacement_equals_form', 'replacement equals a replaced form'));
    }
    return { ...r, replacement };
  });
  if (problems.length) throw new ApiError('VALIDATION', 'resolutions do not fit this case', problems);
  return resolved;
}
