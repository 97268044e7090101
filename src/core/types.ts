/** Shared plain-data types of awsq. No I/O and no behaviour lives here. */

/** How a question was produced from a fact. */
export type QuestionKind =
  | 'definition' // definition -> term ("Which AWS service ...?")
  | 'term' // term -> definition ("What is X?")
  | 'statement' // "Which statement about X is correct?"
  | 'multi' // "(Choose TWO.)"
  | 'numeric' // numeric recall
  | 'table' // table look-up
  | 'steps' // ordered steps
  | 'imported'; // written by hand and imported

/** Where a question came from: origin of extracted and imported questions. */
export type QuestionOrigin = 'extracted' | 'imported';

/** A place in a note: 1-based inclusive line range and the heading path above it. */
export interface SourceRef {
  path: string;
  line: number;
  endLine: number;
  headings: string[];
}

/** A non-fatal problem in an input file, reported as `path:line message`. */
export interface Warning {
  path: string;
  line: number;
  message: string;
}

/** One exam and domain a question belongs to. */
export interface Placement {
  cert: string;
  domain: number;
}

/** A generated or imported question, as the extractor and importer produce it. */
export interface Question {
  /** Stable id: survives rebuilds, reordering, moves and light rewording. */
  id: string;
  kind: QuestionKind;
  stem: string;
  options: string[];
  /** Indexes into `options` of the correct option(s). */
  answers: number[];
  /** The note excerpt the question came from (or the imported explanation). */
  explanation: string;
  source: SourceRef;
  /** Catalog service ids the question is about. */
  topics: string[];
  /** Quality score in [0, 1]; below the bar the question stays out of exams. */
  score: number;
  /** Why the score is what it is (problems found); empty when clean. */
  reasons: string[];
  /** Hash of the underlying fact: one fact stated in several notes shares it. */
  fingerprint: string;
  origin: QuestionOrigin;
}

/** A question as stored in the bank, with its classification and status. */
export interface StoredQuestion extends Question {
  eligible: boolean;
  retired: boolean;
  placements: Placement[];
}

/** An AWS service from the bundled catalog. */
export interface Service {
  /** Short stable id, lower-case: "s3", "dynamodb", "api-gateway". */
  id: string;
  /** Canonical full name: "Amazon Simple Storage Service". */
  name: string;
  /** Short display name: "Amazon S3". */
  short: string;
  acronyms: string[];
  /** Other names learners use, lower or mixed case: "simple storage service", "glacier". */
  aliases: string[];
  /** Catalog category: "Storage", "Compute", "Database", ... */
  category: string;
  /**
   * What the service does within a wide category: "identity", "keys and secrets", "network
   * protection", "threat detection" among security services. Wrong options share it first.
   */
  kind?: string;
}

/** One content domain of an exam. */
export interface Domain {
  id: number;
  name: string;
  /** Percent of the scored content. */
  weight: number;
  /** Key services and features as the exam guide names them. */
  keyServices: string[];
  /** Catalog ids of the key services. */
  services: string[];
  /** Subject words that place a question in this domain ("encryption", "deploy"). */
  topicWords: string[];
}

/** One certification exam's format and content outline. */
export interface CertSpec {
  code: string;
  alias: string;
  name: string;
  level: 'Foundational' | 'Associate' | 'Professional' | 'Specialty';
  questions: number;
  minutes: number;
  passScore: number;
  status: 'current' | 'retired';
  /** When a retired exam was retired, or a note on the current one. */
  statusNote?: string;
  domains: Domain[];
  /** Catalog ids of in-scope services. */
  inScope: string[];
}

/** A submitted exam as the history lists it. */
export interface ExamHistoryRow {
  id: number;
  cert: string;
  submittedAt: string;
  score: number;
  passScore: number;
  correct: number;
  total: number;
  elapsedMs: number;
  limitMs: number;
}
