/** Append-only schema migrations; `PRAGMA user_version` is the number applied. */

/** Migration N (1-based) brings the database from version N-1 to N. Never edit a landed one. */
export const migrations: readonly string[] = [
  // 1: sources, questions and their exam placements, exams, spaced-repetition cards, answer history.
  `
  CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    abs_path    TEXT NOT NULL UNIQUE,          -- file on disk: the change-detection key
    path        TEXT NOT NULL,                 -- shown to the learner, relative to the notes root
    kind        TEXT NOT NULL DEFAULT 'notes' CHECK (kind IN ('notes', 'import')),
    hash        TEXT NOT NULL,                 -- sha256 of the file's bytes
    size        INTEGER NOT NULL,
    facts       INTEGER NOT NULL DEFAULT 0,
    warnings    TEXT NOT NULL DEFAULT '[]',    -- JSON Warning[]
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
    built_at    TEXT NOT NULL
  );

  CREATE TABLE questions (
    id          TEXT PRIMARY KEY,
    source_id   INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('extracted', 'imported')),
    kind        TEXT NOT NULL,
    stem        TEXT NOT NULL,
    stem_key    TEXT NOT NULL,                 -- normalised stem, for de-duplication of imports
    options     TEXT NOT NULL,                 -- JSON string[]
    answers     TEXT NOT NULL,                 -- JSON number[]
    explanation TEXT NOT NULL,
    path        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    end_line    INTEGER NOT NULL,
    headings    TEXT NOT NULL,                 -- JSON string[]
    topics      TEXT NOT NULL,                 -- JSON string[]
    score       REAL NOT NULL,
    reasons     TEXT NOT NULL,                 -- JSON string[]
    fingerprint TEXT NOT NULL,
    eligible    INTEGER NOT NULL,              -- 1 when score clears the quality bar
    retired     INTEGER NOT NULL DEFAULT 0,    -- 1 when its note is gone but history keeps it
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  );
  CREATE INDEX questions_source ON questions(source_id);
  CREATE INDEX questions_fingerprint ON questions(fingerprint);
  CREATE INDEX questions_stem_key ON questions(stem_key);

  CREATE TABLE question_topics (
    question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    topic       TEXT NOT NULL,
    PRIMARY KEY (question_id, topic)
  ) WITHOUT ROWID;
  CREATE INDEX question_topics_topic ON question_topics(topic);

  CREATE TABLE placements (
    question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    cert        TEXT NOT NULL,
    domain      INTEGER NOT NULL,
    PRIMARY KEY (question_id, cert)
  ) WITHOUT ROWID;
  CREATE INDEX placements_cert ON placements(cert, domain);

  CREATE TABLE exams (
    id            INTEGER PRIMARY KEY,
    cert          TEXT NOT NULL,
    seed          INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('active', 'submitted', 'abandoned')),
    started_at    TEXT NOT NULL,
    submitted_at  TEXT,
    time_limit_ms INTEGER NOT NULL,
    elapsed_ms    INTEGER NOT NULL DEFAULT 0,  -- time used so far; the clock stops while awsq is not running
    current       INTEGER NOT NULL DEFAULT 0,  -- position shown last
    pass_score    INTEGER NOT NULL,
    score         INTEGER,                     -- scaled score once submitted
    correct       INTEGER,
    total         INTEGER NOT NULL,
    result        TEXT                         -- JSON report once submitted
  );
  CREATE UNIQUE INDEX exams_one_active ON exams(status) WHERE status = 'active';

  CREATE TABLE exam_items (
    exam_id     INTEGER NOT NULL REFERENCES exams(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,              -- 0-based
    question_id TEXT NOT NULL,
    domain      INTEGER NOT NULL,
    snapshot    TEXT NOT NULL,                 -- JSON of the question as shown (options in display order)
    selected    TEXT,                          -- JSON number[] of display indexes, NULL when unanswered
    flagged     INTEGER NOT NULL DEFAULT 0,
    answered_at TEXT,
    ms          INTEGER NOT NULL DEFAULT 0,    -- time spent on this question
    correct     INTEGER,                       -- set on submit
    PRIMARY KEY (exam_id, position)
  ) WITHOUT ROWID;
  CREATE INDEX exam_items_question ON exam_items(question_id);

  CREATE TABLE cards (
    question_id TEXT PRIMARY KEY,
    due         TEXT NOT NULL,                 -- ISO date-time
    state       TEXT NOT NULL,                 -- JSON of the scheduler's card
    updated_at  TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX cards_due ON cards(due);

  CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    at          TEXT NOT NULL,                 -- ISO date-time
    correct     INTEGER NOT NULL,
    rating      INTEGER,                       -- scheduler rating given (1 Again .. 4 Easy)
    ms          INTEGER,
    context     TEXT NOT NULL CHECK (context IN ('exam', 'drill')),
    exam_id     INTEGER
  );
  CREATE INDEX reviews_question ON reviews(question_id);
  CREATE INDEX reviews_at ON reviews(at);
  `,
  // 2: the rules a file was extracted with, and bank-wide settings (the rules questions were placed with).
  `
  ALTER TABLE sources ADD COLUMN rules TEXT NOT NULL DEFAULT '';  -- signature of the extractor that built the file
  CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 3: the counts a build prints (per kind, per file) read small covering indexes, not every question row.
  `
  DROP INDEX questions_source;
  CREATE INDEX questions_source ON questions(source_id, eligible, retired);
  CREATE INDEX questions_tally ON questions(eligible, retired, kind);
  `,
  // 4: a large build's topics and placements, kept in the order written until its end (see flushPendingLinks).
  `
  CREATE TABLE pending_links (
    question_id TEXT NOT NULL,
    topics      TEXT NOT NULL,  -- JSON array of topic ids
    placements  TEXT NOT NULL   -- JSON array of {cert, domain}
  );
  `,
];

/** The schema version this build of awsq writes. */
export const SCHEMA_VERSION = migrations.length;

/**
 * Indexes that serve lookups only (by topic and by exam for drills, stats and exam pools; by
 * fingerprint for counts of facts; by normalised stem for imports), never a build's own writes.
 * Their keys repeat across tens of thousands of rows or come in no order, so each question written
 * lands at a random place in them: a large build drops them while it writes and makes them again at
 * its end, in one sorted pass. Opening a bank for writing makes any that are missing (a build that
 * was killed on the way).
 */
export const LOOKUP_INDEXES: ReadonlyArray<{ name: string; create: string }> = [
  { name: 'question_topics_topic', create: 'CREATE INDEX IF NOT EXISTS question_topics_topic ON question_topics(topic)' },
  { name: 'placements_cert', create: 'CREATE INDEX IF NOT EXISTS placements_cert ON placements(cert, domain)' },
  // Keys that are hashes or normalised stems, in no order: every question lands on another page.
  { name: 'questions_fingerprint', create: 'CREATE INDEX IF NOT EXISTS questions_fingerprint ON questions(fingerprint)' },
  { name: 'questions_stem_key', create: 'CREATE INDEX IF NOT EXISTS questions_stem_key ON questions(stem_key)' },
];
