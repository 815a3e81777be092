import { describe, expect, it } from 'vitest';
import { loadPc4Table } from '@digivaardig/data/pc4';
import { pickLabels, placeLabels } from './place-labels.js';

describe('placeLabels', () => {
  it('puts each place at the middle of its postcodes, biggest places first', async () => {
    const labels = placeLabels(await loadPc4Table());
    const leiden = labels.find((l) => l.name === 'Leiden')!;
    expect(leiden.lat).toBeCloseTo(52.16, 1);
    expect(leiden.lon).toBeCloseTo(4.49, 1);
    expect(leiden.size).toBeGreaterThan(5);
    expect(labels.slice(0, 3).map((l) => l.name)).toContain('Amsterdam');
    for (let i = 1; i < labels.length; i++) expect(labels[i - 1]!.size).toBeGreaterThanOrEqual(labels[i]!.size);
    expect(new Set(labels.map((l) => l.name)).size).toBeGreaterThan(1000);
  });
});

describe('pickLabels', () => {
  const box = (name: string, x: number, y: number, width = 60) => ({ name, x, y, width, height: 16 });

  it('moves a label beside its point when the point is covered, and leaves it out when no spot is free', () => {
    const boxes = [box('A', 100, 100), box('B', 130, 105), box('C', 400, 400), box('D', 700, 100)];
    const names = (picked: { name: string; x: number; y: number }[]) => picked.map((b) => `${b.name}@${b.x},${b.y}`);
    // B overlaps A on its point, so it goes just below its point.
    expect(names(pickLabels(boxes))).toEqual(['A@100,100', 'B@130,127', 'C@400,400', 'D@700,100']);
    // A pin stands on C's point (its box lies above the point): C moves below it.
    expect(names(pickLabels(boxes, [{ x: 400, y: 384, width: 28, height: 34 }]))).toEqual(['A@100,100', 'B@130,127', 'C@400,422', 'D@700,100']);
    // Boxed in on all sides: left out.
    const walls = [-40, 0, 40].flatMap((dy) => [-100, -50, 0, 50, 100].map((dx) => ({ x: 700 + dx, y: 100 + dy, width: 60, height: 30 })));
    expect(names(pickLabels(boxes, walls))).toEqual(['A@100,100', 'B@130,127', 'C@400,400']);
    expect(pickLabels(boxes, [], { max: 2 })).toHaveLength(2);
    // Only what fits inside the map (here x < 500): D is left out rather than cut off.
    expect(names(pickLabels(boxes, [], { fits: (b) => b.x + b.width / 2 <= 500 }))).toEqual(['A@100,100', 'B@130,127', 'C@400,400']);
  });
});
