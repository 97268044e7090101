import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderHash, ruleSignatures } from '../../src/cli/rules.js';

describe('rule signatures', () => {
  it('change when a rule file changes, appears or goes, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsq-rules-'));
    writeFileSync(join(dir, 'a.js'), 'export const a = 1;');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    mkdirSync(join(dir, 'sub'));
    const js = (n: string) => n.endsWith('.js');
    const first = folderHash([dir], js);
    expect(folderHash([dir], js)).toBe(first);
    writeFileSync(join(dir, 'notes.txt'), 'still ignored');
    expect(folderHash([dir], js)).toBe(first);
    writeFileSync(join(dir, 'a.js'), 'export const a = 2;');
    const edited = folderHash([dir], js);
    expect(edited).not.toBe(first);
    writeFileSync(join(dir, 'b.js'), '');
    expect(folderHash([dir], js)).not.toBe(edited);
    expect(folderHash([join(dir, 'missing')], js)).toBe(folderHash([], js));
  });

  it('give the installed awsq one extraction and one classification signature', () => {
    const a = ruleSignatures();
    expect(ruleSignatures()).toEqual(a);
    // Code, catalog and the English word list.
    expect(a.extract).toMatch(/^[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{16}$/);
    expect(a.classify).not.toBe(a.extract);
  });
});
