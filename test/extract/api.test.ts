import { describe, expect, it } from 'vitest';
import * as api from '../../src/extract/index.js';

describe('the public API of the extractor', () => {
  it('exports extract and QUALITY_BAR only', () => {
    expect(Object.keys(api).sort()).toEqual(['QUALITY_BAR', 'extract']);
  });

  it('has a quality bar strictly between 0 and 1', () => {
    expect(api.QUALITY_BAR > 0 && api.QUALITY_BAR < 1).toBe(true);
  });
});
