/** Small text charts: a sparkline of scores and a bar with a mark (pure). */

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One block per value, scaled between `min` and `max` (scaled scores: 100-1000). */
export function sparkline(values: readonly number[], min = 100, max = 1000): string {
  return values
    .map((v) => {
      const f = (Math.min(max, Math.max(min, v)) - min) / (max - min || 1);
      return BLOCKS[Math.min(BLOCKS.length - 1, Math.floor(f * BLOCKS.length))];
    })
    .join('');
}

/** A bar of `width` cells for a scaled score, with "│" where the pass score falls. */
export function scoreBar(score: number, passScore: number, width = 20, min = 100, max = 1000): string {
  const cell = (v: number) => Math.round(((Math.min(max, Math.max(min, v)) - min) / (max - min)) * width);
  const full = cell(score);
  const mark = Math.min(width - 1, cell(passScore));
  let out = '';
  for (let i = 0; i < width; i++) out += i === mark ? '│' : i < full ? '█' : '░';
  return out;
}
