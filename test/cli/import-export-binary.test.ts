/** The built binary: `awsq import <fixture> --json`, then `awsq export`, in a fresh AWSQ_HOME. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../importer/helpers.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'awsq.js');
const home = mkdtempSync(join(tmpdir(), 'awsq-home-'));

function awsq(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('awsq import and export, built binary', { timeout: 180_000 }, () => {
  const imported = awsq('import', fixture('lettered.md'), fixture('skips.md'), '--json');

  it('imports a fixture and prints {imported, duplicates, skipped, warnings}', () => {
    const json = JSON.parse(imported.out);
    expect({ code: imported.code, imported: json.imported, duplicates: json.duplicates, skipped: json.skipped.total, warned: json.warnings.length }).toEqual({
      code: 0, imported: 4, duplicates: 0, skipped: 7, warned: 7,
    });
  });

  it('changes nothing when importing the same file again', () => {
    const again = JSON.parse(awsq('import', fixture('lettered.md'), '--json').out);
    expect({ imported: again.imported, added: again.added, statuses: again.sources.map((s: { status: string }) => s.status) }).toEqual({ imported: 4, added: 0, statuses: ['unchanged'] });
  });

  it('exports the imported questions as JSON with answers as option indexes', () => {
    const r = awsq('export', '--format', 'json', '--source', 'lettered.md');
    const qs = JSON.parse(r.out) as Array<{ stem: string; answers: number[]; kind: string; exams: unknown[] }>;
    expect({
      code: r.code,
      stems: qs.map((q) => q.stem.slice(0, 30)),
      answers: qs.map((q) => q.answers),
      kinds: [...new Set(qs.map((q) => q.kind))],
      placed: qs.every((q) => q.exams.length > 0),
    }).toEqual({
      code: 0,
      stems: ['A company stores session state', 'Which service issues temporary', 'A team deploys with AWS CloudF', 'Which Amazon SQS queue type gu'],
      answers: [[0, 2], [0], [0, 2, 3], [1]],
      kinds: ['imported'],
      placed: true,
    });
  });

  it('writes --out atomically and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsq-out-'));
    const out = join(dir, 'dva.txt');
    const r = awsq('export', '--format', 'anki', '--cert', 'dva', '--out', out);
    expect({ code: r.code, header: readFileSync(out, 'utf8').split('\n')[0], files: readdirSync(dir) }).toEqual({ code: 0, header: '#separator:tab', files: ['dva.txt'] });
  });

  it('exits 2 naming a missing path', () => {
    const r = awsq('import', join(home, 'nope.md'));
    expect({ code: r.code, named: r.err.includes('nope.md') }).toEqual({ code: 2, named: true });
  });

  it('exits 2 for an unknown exam', () => {
    expect(awsq('export', '--cert', 'xyz').code).toBe(2);
  });
});
