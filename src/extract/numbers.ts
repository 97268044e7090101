/** Numbers with units in text: sizes, durations, percentages, rates, ports. */

/** One number and its unit as written, with its place in the text. */
export interface NumberMention {
  value: number;
  /** Canonical unit: "KB", "days", "%", ... */
  unit: string;
  /** The text as written, e.g. "256KB". */
  raw: string;
  index: number;
}

// Bounded quantifiers and a lookbehind anchor: each start position costs O(length of one number).
const NUMBER =
  /(?<![\w.,])(?<!\d )(\d{1,7}(?:\.\d{1,3})?)\s?([KMG]B\s?\/\s?s(?:ec)?|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|Kbps|Mbps|Gbps|ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|%|percent|IOPS|TPS|vCPUs?|replicas?|shards?|nodes?|AZs?|regions?|accounts?|retries|attempts|messages?|requests?|characters?|subnets?|targets?|tags?|partitions?|volumes?|buckets?|topics?|layers?|connections?)(?![\w%])/gi;

const UNITS: Record<string, string> = {
  kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB', pb: 'PB', kib: 'KB', mib: 'MB', gib: 'GB', tib: 'TB',
  kbps: 'Kbps', mbps: 'Mbps', gbps: 'Gbps',
  'kb/s': 'KB/s', 'mb/s': 'MB/s', 'gb/s': 'GB/s',
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms',
  second: 'seconds', seconds: 'seconds', sec: 'seconds', secs: 'seconds',
  minute: 'minutes', minutes: 'minutes', min: 'minutes', mins: 'minutes',
  hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks',
  month: 'months', months: 'months', year: 'years', years: 'years',
  '%': '%', percent: '%',
  iops: 'IOPS', tps: 'TPS', vcpu: 'vCPUs', vcpus: 'vCPUs',
};

const COUNTS = 'replica shard node AZ region account retry attempt message request character subnet target tag partition volume bucket topic layer connection';
for (const c of COUNTS.split(' ')) {
  const plural = c === 'retry' ? 'retries' : c === 'AZ' ? 'AZs' : `${c}s`;
  UNITS[c.toLowerCase()] = plural;
  UNITS[plural.toLowerCase()] = plural;
}

/** Every number with a recognised unit, in order. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // "2 MB / sec" is the rate "MB/s".
    const unit = UNITS[m[2].toLowerCase().replace(/\s+/g, '').replace(/\/sec$/, '/s')];
    const value = Number(m[1]);
    if (unit && Number.isFinite(value)) out.push({ value, unit, raw: m[0], index: m.index ?? 0 });
  }
  return out;
}

/** Render a value with its unit the way the options show it. */
export function formatNumber(value: number, unit: string): string {
  // Every decimal the note wrote: 99.999% rounded to two places would read 100%.
  const v = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (unit === '%') return `${v}%`;
  if (/^[KMGTP]B$|bps$|\/s$|^ms$/.test(unit)) return `${v} ${unit}`;
  const singular = value === 1 && !/^[A-Z]+$/.test(unit) ? unit.replace(/ies$/, 'y').replace(/s$/, '') : unit;
  return `${v} ${singular}`;
}

const LADDERS: Record<string, number[]> = {
  '%': [1, 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 95, 99, 99.5, 99.9, 99.95, 99.99],
  days: [1, 3, 7, 14, 30, 35, 60, 90, 180, 365],
  hours: [1, 2, 4, 6, 12, 24, 48, 72],
  minutes: [1, 5, 10, 15, 30, 60],
  seconds: [1, 5, 10, 15, 20, 30, 60, 90, 120, 300, 900],
  years: [1, 2, 3, 5, 7, 10],
};
const COUNT_LADDER = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 20, 25, 30, 32, 40, 50, 64, 100, 128, 200, 256, 300, 500, 1000, 3000, 5000, 10000];

/**
 * Percentages from 99 up are "nines" (availability, durability): a discount of 90% is never offered
 * 99.5%, and 99.99% availability never 90%. No wrong value reaches 100%.
 */
function nines(percent: number): boolean {
  return percent >= 99;
}

/** Plausible wrong values of the same unit and scale, nearest first, never equal to `value`. */
export function nearbyValues(value: number, unit: string): number[] {
  const ladder = LADDERS[unit] ?? (/^(?:[KMGTP]B|[KMG]bps|[KMG]B\/s|ms)$/.test(unit) ? undefined : COUNT_LADDER);
  const pool = ladder ? [...ladder] : [];
  for (const f of [2, 4, 8, 0.5, 0.25, 10, 0.1]) pool.push(value * f);
  const clean = pool
    .filter((v) => v > 0 && v !== value && (unit !== '%' || (v < 100 && nines(v) === nines(value))) && (Number.isInteger(v) || unit === '%' || !Number.isInteger(value)))
    .map((v) => (v >= 10 && unit !== '%' ? Math.round(v) : v));
  const uniq = [...new Set(clean)].filter((v) => v !== value);
  uniq.sort((a, b) => Math.abs(Math.log(a / value)) - Math.abs(Math.log(b / value)) || a - b);
  return uniq;
}

/** What a unit measures: "time", "size", "rate", or the unit itself for counts. */
export function dimension(unit: string): string {
  if (/^(?:ms|seconds|minutes|hours|days|weeks|months|years)$/.test(unit)) return 'time';
  if (/^[KMGTP]B$/.test(unit)) return 'size';
  if (/bps$|\/s$/.test(unit)) return 'rate';
  return unit;
}

/** Each unit of a dimension in its smallest unit (sizes in KB, times in ms). */
const SCALE: Record<string, number> = {
  KB: 1, MB: 1024, GB: 1024 ** 2, TB: 1024 ** 3, PB: 1024 ** 4,
  ms: 1, seconds: 1_000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000, months: 2_592_000_000, years: 31_536_000_000,
};

/** A value in its dimension's smallest unit, to compare values of one dimension written in two units. */
export function inBase(value: number, unit: string): number {
  return value * (SCALE[unit] ?? 1);
}

const RANGE_START = /(?<![\w.,])(\d{1,7}(?:\.\d{1,3})?)\s?([A-Za-z%]{0,12})\s*(?:-|–|\bto)\s*$/;

/**
 * The lower end of a range that ends with a number ("128 MB - " before "10 GB", "1-" before
 * "365 days"), as the value in the upper end's unit and where it starts in `before`; undefined
 * when `before` does not end with one, or when its unit is of another dimension.
 */
export function rangeStart(before: string, upper: NumberMention): { value: number; index: number; raw: string } | undefined {
  const m = RANGE_START.exec(before);
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit = m[2] ? findNumbers(`${m[1]} ${m[2]}`)[0]?.unit : upper.unit;
  if (!unit || dimension(unit) !== dimension(upper.unit)) return undefined;
  const base = inBase(value, unit) / inBase(1, upper.unit);
  if (!(base < upper.value)) return undefined;
  return { value: base, index: m.index, raw: m[2] ? formatNumber(value, unit) : m[1] };
}
