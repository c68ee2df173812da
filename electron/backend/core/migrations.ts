/**
 * Ordered schema migrations. Each entry brings the database from version i to i+1 and is applied inside
 * one transaction with the `PRAGMA user_version` bump, so a crash mid-way leaves the old version intact.
 * Plain SQL strings in TypeScript (not .sql files) so every loader — electron-vite, vitest, tsx — sees them.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  /** What the migration is for, for the log line and the reader. */
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'scripts and their blocks',
    sql: `
      CREATE TABLE scripts (
        id          TEXT PRIMARY KEY,
        builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        title       TEXT NOT NULL,
        format      TEXT NOT NULL,
        canvas      TEXT NOT NULL,
        roles       TEXT NOT NULL,          -- JSON array of role slugs
        version     INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        based_on    TEXT REFERENCES scripts(id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE script_blocks (
        script_id   TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        title       TEXT NOT NULL,
        minutes     INTEGER NOT NULL CHECK (minutes > 0),
        section     TEXT,
        instruction TEXT NOT NULL,
        prompts     TEXT NOT NULL,          -- JSON array of strings
        PRIMARY KEY (script_id, position)
      ) STRICT;
    `,
  },
  {
    name: 'settings and full-text search on scripts',
    sql: `
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      -- trigram with remove_diacritics: "coordinatie" finds "coördinatie", and a part of a word matches.
      CREATE VIRTUAL TABLE scripts_fts USING fts5(
        title, description, content='scripts', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO scripts_fts(rowid, title, description) SELECT rowid, title, description FROM scripts;
      CREATE TRIGGER scripts_fts_ai AFTER INSERT ON scripts BEGIN
        INSERT INTO scripts_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
      END;
      CREATE TRIGGER scripts_fts_ad AFTER DELETE ON scripts BEGIN
        INSERT INTO scripts_fts(scripts_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description);
      END;
      CREATE TRIGGER scripts_fts_au AFTER UPDATE ON scripts BEGIN
        INSERT INTO scripts_fts(scripts_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description);
        INSERT INTO scripts_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
      END;
    `,
  },
  {
    name: 'cases: anonymised case material, keyed name hashes, retention notices',
    sql: `
      CREATE TABLE cases (
        id              TEXT PRIMARY KEY,
        code_name       TEXT NOT NULL,
        format          TEXT NOT NULL,
        notes           TEXT NOT NULL DEFAULT '',   -- anonymised Markdown only
        retention_until TEXT NOT NULL,              -- YYYY-MM-DD; purged the day after
        -- 1 when the user shortened the term by hand: opening the case then no longer extends it.
        retention_pinned INTEGER NOT NULL DEFAULT 0 CHECK (retention_pinned IN (0, 1)),
        last_used_at    TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE TABLE case_people (
        id        TEXT PRIMARY KEY,
        case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        role      TEXT NOT NULL,
        pseudonym TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_people_case ON case_people(case_id, position);
      CREATE TABLE case_timeline (
        case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        period   TEXT NOT NULL,
        event    TEXT NOT NULL,
        PRIMARY KEY (case_id, position)
      ) STRICT;
      -- HMAC-SHA256 (per-installation key) of normalised surface forms the user resolved: lets the app
      -- recognise a name next time without ever storing the name.
      CREATE TABLE case_name_keys (
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        key_hash    TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('pseudonym', 'ignore')),
        person_id   TEXT REFERENCES case_people(id) ON DELETE SET NULL,
        replacement TEXT NOT NULL,
        PRIMARY KEY (case_id, key_hash)
      ) STRICT;
      -- Learning records that will point to a case (sessions, leeropbrengst, reflections) must reference
      -- it with ON DELETE SET NULL: when a case is deleted or purged they keep their content and lose
      -- only the link. Never ON DELETE CASCADE, and never a copy of case text in those tables.
      CREATE TABLE notices (
        id         INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        message    TEXT NOT NULL,
        dismissed  INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `,
  },
  {
    name: 'leergroepen, bijeenkomsten and their learning record',
    sql: `
      CREATE TABLE groups (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      -- Professionals (colleagues, never clients). A member who leaves the group but appears in a
      -- bijeenkomst or reflection is only marked removed_at: the learning record keeps their name.
      CREATE TABLE group_members (
        id           TEXT PRIMARY KEY,
        group_id     TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        name         TEXT NOT NULL,
        function     TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        skj_number   TEXT,
        removed_at   TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX group_members_group ON group_members(group_id, position);
      CREATE TABLE sessions (
        id                TEXT PRIMARY KEY,
        -- No cascade: a group with bijeenkomsten cannot be deleted (their learning record must stay).
        group_id          TEXT NOT NULL REFERENCES groups(id),
        date              TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time        TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        end_time          TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        gespreksleider_id TEXT NOT NULL REFERENCES group_members(id),
        inbrenger_id      TEXT NOT NULL REFERENCES group_members(id),
        notulist_id       TEXT REFERENCES group_members(id),
        tijdbewaker_id    TEXT REFERENCES group_members(id),
        -- The script as it was when planned; script_id only says where it came from. ON UPDATE CASCADE
        -- because an own script is renamed aside when a new built-in takes its id.
        script_id         TEXT REFERENCES scripts(id) ON DELETE SET NULL ON UPDATE CASCADE,
        script_snapshot   TEXT NOT NULL CHECK (json_valid(script_snapshot)),
        -- A purged or deleted case leaves the learning record; only the link goes (see the trigger below).
        case_id           TEXT REFERENCES cases(id) ON DELETE SET NULL,
        leervraag         TEXT NOT NULL DEFAULT '',
        run               TEXT NOT NULL CHECK (json_valid(run)),
        canvas            TEXT NOT NULL CHECK (json_valid(canvas)),
        learning          TEXT NOT NULL CHECK (json_valid(learning)),
        status            TEXT GENERATED ALWAYS AS (json_extract(run, '$.status')) VIRTUAL,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_group_date ON sessions(group_id, date);
      CREATE INDEX sessions_date ON sessions(date);
      CREATE INDEX sessions_case ON sessions(case_id);
      CREATE INDEX sessions_script ON sessions(script_id);
      -- The canvas is case material: it goes with the case (retention), except the ideas the inbrenger
      -- takes to werkbegeleiding, which belong to the learning record.
      CREATE TRIGGER cases_clear_session_canvas BEFORE DELETE ON cases BEGIN
        UPDATE sessions SET
          canvas = json_set(
            '{"mensen":{"people":[],"network":""},"feiten":{"items":[],"krachten":[],"zorgen":[],"onbekend":[]},"weging":{"inbrenger":"","perspectives":[],"criteria":[],"differences":[],"scaling":{"enabled":false,"scores":[]}},"volgendeStappen":{"ideas":[]}}',
            '$.volgendeStappen.ideas',
            (SELECT json_group_array(json(value)) FROM json_each(sessions.canvas, '$.volgendeStappen.ideas')
             WHERE json_extract(value, '$.takeAlong') = 1)
          ),
          updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE case_id = old.id;
      END;
      -- SKJ reflections belong to the professional: they outlive the session (SET NULL). A member with
      -- reflections is never hard-deleted by the app (only marked removed), so the cascade applies
      -- only when a whole group without bijeenkomsten is deleted.
      CREATE TABLE reflections (
        id                      TEXT PRIMARY KEY,
        session_id              TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        member_id               TEXT NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
        technisch_instrumenteel TEXT NOT NULL DEFAULT '',
        normatief               TEXT NOT NULL DEFAULT '',
        persoonlijk             TEXT NOT NULL DEFAULT '',
        shared                  INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        UNIQUE (session_id, member_id)
      ) STRICT;
      CREATE INDEX reflections_member ON reflections(member_id);
    `,
  },
  {
    // Which members a bijeenkomst names was found with LIKE '%id%' over its JSON columns; a relation
    // table says it exactly and is kept in step by the sessions area on every write. `via` keeps the
    // old rule apart: for a bijeenkomst still planned, its (synced) attendance does not count.
    name: 'members a bijeenkomst refers to, as a relation',
    sql: `
      CREATE TABLE session_member_refs (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        member_id  TEXT NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
        via        TEXT NOT NULL CHECK (via IN ('role', 'record', 'canvas')),
        PRIMARY KEY (session_id, member_id, via)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX session_member_refs_member ON session_member_refs(member_id);
      INSERT OR IGNORE INTO session_member_refs (session_id, member_id, via)
        SELECT sid, member_id, via FROM
          (SELECT id AS sid, gespreksleider_id AS member_id, 'role' AS via FROM sessions
           UNION ALL SELECT id, inbrenger_id, 'role' FROM sessions
           UNION ALL SELECT id, notulist_id, 'role' FROM sessions WHERE notulist_id IS NOT NULL
           UNION ALL SELECT id, tijdbewaker_id, 'role' FROM sessions WHERE tijdbewaker_id IS NOT NULL
           UNION ALL SELECT sessions.id, json_extract(a.value, '$.memberId'), 'record' FROM sessions, json_each(sessions.learning, '$.attendance') a
           UNION ALL SELECT sessions.id, json_extract(p.value, '$.memberId'), 'record' FROM sessions, json_each(sessions.learning, '$.participantLearnings') p
           UNION ALL SELECT sessions.id, json_extract(x.value, '$.memberId'), 'canvas' FROM sessions, json_each(sessions.canvas, '$.weging.scaling.scores') x
           UNION ALL SELECT sessions.id, json_extract(i.value, '$.memberId'), 'canvas' FROM sessions, json_each(sessions.canvas, '$.volgendeStappen.ideas') i
             WHERE json_extract(i.value, '$.memberId') IS NOT NULL)
        WHERE member_id IN (SELECT id FROM group_members);
      -- A deleted case empties the canvas of its bijeenkomsten (migration 4): the canvas references go
      -- with it, except the ideas kept for werkbegeleiding.
      DROP TRIGGER cases_clear_session_canvas;
      CREATE TRIGGER cases_clear_session_canvas BEFORE DELETE ON cases BEGIN
        UPDATE sessions SET
          canvas = json_set(
            '{"mensen":{"people":[],"network":""},"feiten":{"items":[],"krachten":[],"zorgen":[],"onbekend":[]},"weging":{"inbrenger":"","perspectives":[],"criteria":[],"differences":[],"scaling":{"enabled":false,"scores":[]}},"volgendeStappen":{"ideas":[]}}',
            '$.volgendeStappen.ideas',
            (SELECT json_group_array(json(value)) FROM json_each(sessions.canvas, '$.volgendeStappen.ideas')
             WHERE json_extract(value, '$.takeAlong') = 1)
          ),
          updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE case_id = old.id;
        DELETE FROM session_member_refs WHERE via = 'canvas' AND session_id IN (SELECT id FROM sessions WHERE case_id = old.id);
        INSERT OR IGNORE INTO session_member_refs (session_id, member_id, via)
          SELECT sessions.id, json_extract(i.value, '$.memberId'), 'canvas' FROM sessions, json_each(sessions.canvas, '$.volgendeStappen.ideas') i
          WHERE sessions.case_id = old.id AND json_extract(i.value, '$.memberId') IS NOT NULL
            AND json_extract(i.value, '$.memberId') IN (SELECT id FROM group_members);
      END;
    `,
  },
  {
    // FFPS case-notes are case material: they go with their case (retention, deletion). The feedback
    // on them is the professional's learning: it stays, without the comments that quote the note.
    name: 'FFPS case-notes, feedback and the team techniques',
    sql: `
      CREATE TABLE ffps_notes (
        id             TEXT PRIMARY KEY,
        case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        author         TEXT NOT NULL,
        phase          TEXT NOT NULL CHECK (phase IN ('verbinden-en-motiveren', 'ondersteunen-en-regievoeren', 'generaliseren-en-borgen')),
        contact_number INTEGER NOT NULL CHECK (contact_number >= 1),
        week           INTEGER NOT NULL CHECK (week >= 1),
        body           TEXT NOT NULL CHECK (json_valid(body)),
        for_discussion INTEGER NOT NULL DEFAULT 0 CHECK (for_discussion IN (0, 1)),
        feedback_state TEXT NOT NULL DEFAULT 'none' CHECK (feedback_state IN ('none', 'requested', 'received', 'acknowledged')),
        requested_at   TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ffps_notes_case ON ffps_notes(case_id, contact_number);
      CREATE TABLE ffps_feedback (
        id              TEXT PRIMARY KEY,
        note_id         TEXT REFERENCES ffps_notes(id) ON DELETE SET NULL,
        professional    TEXT NOT NULL,
        supervisor      TEXT NOT NULL,
        case_code_name  TEXT NOT NULL,
        phase           TEXT NOT NULL,
        body            TEXT NOT NULL CHECK (json_valid(body)),
        adherence       INTEGER CHECK (adherence BETWEEN 1 AND 6),
        competence      INTEGER CHECK (competence BETWEEN 1 AND 6),
        oefenpunt       TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        acknowledged_at TEXT,
        practised_at    TEXT
      ) STRICT;
      CREATE INDEX ffps_feedback_note ON ffps_feedback(note_id);
      CREATE INDEX ffps_feedback_professional ON ffps_feedback(professional, created_at);
      -- The comments quote the note: they go with it; ratings, principles and the oefenpunt stay.
      CREATE TRIGGER ffps_notes_clear_feedback_quotes BEFORE DELETE ON ffps_notes BEGIN
        UPDATE ffps_feedback SET body = json_set(body, '$.comments', json('[]')) WHERE note_id = old.id;
      END;
      CREATE TABLE ffps_techniques (
        name       TEXT PRIMARY KEY COLLATE NOCASE,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },  {
    // Bundles between laptops: the colleagues whose keys were confirmed (trust on first use), and every
    // bundle imported, so a replayed id is refused and the same bundle twice changes nothing.
    name: 'trusted colleagues and imported bundles',
    sql: `
      CREATE TABLE trusted_keys (
        public_key   TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE imported_bundles (
        id          TEXT PRIMARY KEY,
        digest      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // Signs of Safety verdiepingstraining: trajects (modules, praktijkopdrachten, evaluations as JSON),
    // worksheets on a case (they go with their case), the trainer's own check words, and the state of
    // a group supervision bijeenkomst (goes with its session).
    name: 'signs of safety trajects, worksheets and supervision',
    sql: `
      CREATE TABLE sos_trajects (
        id         TEXT PRIMARY KEY,
        group_id   TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        case_id    TEXT REFERENCES cases(id) ON DELETE SET NULL,
        title      TEXT NOT NULL,
        body       TEXT NOT NULL CHECK (json_valid(body)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sos_worksheets (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        traject_id TEXT REFERENCES sos_trajects(id) ON DELETE SET NULL,
        module_id  TEXT,
        kind       TEXT NOT NULL CHECK (kind IN ('map', 'statements', 'three-houses', 'words-pictures', 'safety-circles', 'safety-plan')),
        title      TEXT NOT NULL,
        body       TEXT NOT NULL CHECK (json_valid(body)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sos_worksheets_traject ON sos_worksheets(traject_id);
      CREATE INDEX sos_worksheets_case ON sos_worksheets(case_id);
      CREATE TABLE sos_check_words (
        kind        TEXT NOT NULL CHECK (kind IN ('jargon', 'child', 'negative')),
        word        TEXT NOT NULL COLLATE NOCASE,
        explanation TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        PRIMARY KEY (kind, word)
      ) STRICT;
      CREATE TABLE sos_supervision (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        body       TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // The professional's portfolio: profiles ("dit ben ik"), free reflections, learning goals and what
    // links to them, the werkbegeleiding state of items from sessions, and hours entered by hand.
    name: 'portfolio',
    sql: `
      CREATE TABLE portfolio_profiles (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        function     TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        skj_number   TEXT,
        period_start TEXT NOT NULL,
        member_ids   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(member_ids)),
        ffps_names   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ffps_names)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE TABLE portfolio_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE portfolio_reflections (
        id         TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES portfolio_profiles(id) ON DELETE CASCADE,
        date       TEXT NOT NULL,
        title      TEXT NOT NULL,
        template   TEXT NOT NULL CHECK (template IN ('dimensies', 'starr', 'alact', 'vrij')),
        fields     TEXT NOT NULL CHECK (json_valid(fields)),
        dimensions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dimensions)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX portfolio_reflections_profile ON portfolio_reflections(profile_id, date);
      CREATE TABLE portfolio_goals (
        id          TEXT PRIMARY KEY,
        profile_id  TEXT NOT NULL REFERENCES portfolio_profiles(id) ON DELETE CASCADE,
        title       TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL CHECK (status IN ('open', 'bezig', 'behaald', 'losgelaten')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE portfolio_goal_links (
        goal_id  TEXT NOT NULL REFERENCES portfolio_goals(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        PRIMARY KEY (goal_id, item_key)
      ) STRICT;
      CREATE TABLE portfolio_wb (
        profile_id   TEXT NOT NULL REFERENCES portfolio_profiles(id) ON DELETE CASCADE,
        item_key     TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('open', 'besproken')),
        note         TEXT NOT NULL DEFAULT '',
        discussed_at TEXT,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (profile_id, item_key)
      ) STRICT;
      CREATE TABLE portfolio_hours (
        id         TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES portfolio_profiles(id) ON DELETE CASCADE,
        date       TEXT NOT NULL,
        hours      REAL NOT NULL CHECK (hours > 0),
        note       TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // The weekly FFPS casuïstiekbespreking of a bijeenkomst: agenda, casebespreking per note, site
    // issues. Owned by the FFPS area (never in the sessions canvas JSON); it goes with its bijeenkomst.
    name: 'ffps weekly meetings',
    sql: `
      CREATE TABLE ffps_meetings (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        body       TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL
      ) STRICT;
      -- A discussion quotes its note: when the note goes (deleted, or its case purged), so does the
      -- note's place on the agenda and its casebespreking.
      CREATE TRIGGER ffps_notes_leave_meetings AFTER DELETE ON ffps_notes BEGIN
        UPDATE ffps_meetings SET body = json_set(body,
          '$.agenda', (SELECT json_group_array(value) FROM json_each(body, '$.agenda') WHERE value <> old.id),
          '$.discussions', (SELECT json_group_array(json(value)) FROM json_each(body, '$.discussions') WHERE json_extract(value, '$.noteId') <> old.id),
          '$.currentNoteId', CASE WHEN json_extract(body, '$.currentNoteId') = old.id THEN NULL ELSE json_extract(body, '$.currentNoteId') END)
        WHERE instr(body, old.id) > 0;
      END;
    `,
  },
  {
    // Issue 12: the secret behind the name hashes lives inside the encrypted database (it was a file in
    // keys/), so hashes and key are never readable apart from the password. Owned by core/keys.ts.
    name: 'installation secrets inside the database',
    sql: `
      CREATE TABLE core_secrets (
        name  TEXT PRIMARY KEY,
        value BLOB NOT NULL
      ) STRICT;
    `,
  },
  {
    // One search over every area's texts (docs/ARCHITECTURE.md, "Search"). search_docs holds what the
    // result list needs of each indexed text, search_text the text (same rowid), search_fts a trigram
    // index over it (external content: the text is stored once; the search repository writes all
    // three, no triggers, so a rebuild can use FTS5's own 'rebuild'). Areas write through the search service inside their own
    // transaction; the index is filled for existing data at the first start (search_meta.index_version).
    name: 'search index over every area texts',
    sql: `
      -- The metadata apart from the text: a query reads one small row per match to group and sort.
      CREATE TABLE search_docs (
        rowid     INTEGER PRIMARY KEY,
        kind      TEXT NOT NULL,
        ref_id    TEXT NOT NULL,
        part      TEXT NOT NULL DEFAULT '',
        case_id   TEXT,
        group_id  TEXT,
        date      TEXT NOT NULL,
        target_id TEXT NOT NULL,
        focus     TEXT NOT NULL DEFAULT '',
        owner     TEXT,
        UNIQUE (kind, ref_id, part)
      ) STRICT;
      CREATE INDEX search_docs_case ON search_docs(case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX search_docs_group ON search_docs(group_id) WHERE group_id IS NOT NULL;
      CREATE TABLE search_text (
        rowid INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        body  TEXT NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content='search_text', content_rowid='rowid', tokenize='trigram remove_diacritics 1'
      );
      -- A deleted text leaves the index at once (no delete markers keeping its trigrams until a merge).
      INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1);
      CREATE TABLE search_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // Search that stays fast at 50,000 texts (issue 13; docs/ARCHITECTURE.md, "Search"). One FTS5 index
    // per kind, each over a view of search_text holding that kind's texts, so a query asks each kind for
    // its newest matches and stops there (`ORDER BY rowid LIMIT`: FTS5 stops at a LIMIT; a filter on
    // another table does not stop it). The rowid now orders by date, newest smallest: ((2^33 - 1 -
    // seconds since 2000) << 20) + a sequence number, written by the search repository. The old
    // documents have rowids in insertion order, so they go, and the first start rebuilds the index
    // (search_meta.index_version, raised with this change); secure_delete zeroes the freed pages.
    name: 'search index per kind, rowids in date order',
    sql: `
      DROP TABLE search_fts;
      DELETE FROM search_docs;
      DELETE FROM search_text;
      DELETE FROM search_meta WHERE key = 'index_version';
      -- A kind's texts in rowid order without reading the others' (its view, FTS5's 'rebuild').
      CREATE INDEX search_docs_kind ON search_docs(kind);
      CREATE VIEW search_text_case AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'case';
      CREATE VIRTUAL TABLE search_fts_case USING fts5(
        title, body, content='search_text_case', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_case(search_fts_case, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_session AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'session';
      CREATE VIRTUAL TABLE search_fts_session USING fts5(
        title, body, content='search_text_session', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_session(search_fts_session, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_reflection AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'reflection';
      CREATE VIRTUAL TABLE search_fts_reflection USING fts5(
        title, body, content='search_text_reflection', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_reflection(search_fts_reflection, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_portfolio AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'portfolio';
      CREATE VIRTUAL TABLE search_fts_portfolio USING fts5(
        title, body, content='search_text_portfolio', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_portfolio(search_fts_portfolio, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_ffps_note AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'ffps-note';
      CREATE VIRTUAL TABLE search_fts_ffps_note USING fts5(
        title, body, content='search_text_ffps_note', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_ffps_note(search_fts_ffps_note, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_feedback AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'feedback';
      CREATE VIRTUAL TABLE search_fts_feedback USING fts5(
        title, body, content='search_text_feedback', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_feedback(search_fts_feedback, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_traject AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'traject';
      CREATE VIRTUAL TABLE search_fts_traject USING fts5(
        title, body, content='search_text_traject', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_traject(search_fts_traject, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_worksheet AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'worksheet';
      CREATE VIRTUAL TABLE search_fts_worksheet USING fts5(
        title, body, content='search_text_worksheet', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_worksheet(search_fts_worksheet, rank) VALUES ('secure-delete', 1);
      CREATE VIEW search_text_script AS
        SELECT t.rowid AS rid, t.title, t.body FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE d.kind = 'script';
      CREATE VIRTUAL TABLE search_fts_script USING fts5(
        title, body, content='search_text_script', content_rowid='rid', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO search_fts_script(search_fts_script, rank) VALUES ('secure-delete', 1);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
