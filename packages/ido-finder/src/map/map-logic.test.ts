import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterPoints } from './cluster.js';
import { decodeArc, decodeOutline, type OutlineJson } from './outline.js';

describe('clusterPoints', () => {
  it('groups points within the radius and keeps far ones apart', () => {
    const clusters = clusterPoints(
      [
        { x: 0, y: 0, index: 0 },
        { x: 10, y: 0, index: 1 },
        { x: 200, y: 200, index: 2 },
        { x: 0, y: 30, index: 3 },
      ],
      40,
    );
    expect(clusters.map((c) => c.members)).toEqual([[0, 1, 3], [2]]);
    expect(clusters[0]).toMatchObject({ x: 10 / 3, y: 10 });
  });

  it('puts every point in exactly one cluster, each member within the radius of its seed', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points = Array.from({ length: 3000 }, (_, index) => ({ x: random() * 800, y: random() * 600, index }));
    const clusters = clusterPoints(points, 44);
    const seen = clusters.flatMap((c) => c.members).sort((a, b) => a - b);
    expect(seen).toEqual(points.map((p) => p.index));
    for (const c of clusters) {
      const first = points[c.members[0]!]!;
      for (const m of c.members) expect(Math.hypot(points[m]!.x - first.x, points[m]!.y - first.y)).toBeLessThanOrEqual(44);
    }
  });
});

describe('the outline (nl-outline.json)', () => {
  const json = JSON.parse(readFileSync(new URL('../../../data/data/nl-outline.json', import.meta.url), 'utf8')) as OutlineJson;

  it('decodes arcs written as zigzag 5-bit varints', () => {
    // Google's own example for one number: -179.9832104 × 1e5 encodes as "`~oia@".
    expect(decodeArc('_p~iF~ps|U')).toEqual([[3850000, -12020000]]);
    expect(() => decodeArc('_p~iF~ps|')).toThrow(/ends early/);
  });

  it('gives the 12 provinces as closed rings inside the Netherlands', () => {
    const provinces = decodeOutline(json);
    expect(provinces.map((p) => p.code)).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31']);
    expect(provinces.find((p) => p.code === 'PV28')!.name).toBe('Zuid-Holland');
    for (const province of provinces) {
      for (const polygon of province.polygons) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          for (const [lat, lon] of ring) {
            expect(lat).toBeGreaterThan(50.7);
            expect(lat).toBeLessThan(53.6);
            expect(lon).toBeGreaterThan(3.3);
            expect(lon).toBeLessThan(7.3);
          }
        }
      }
    }
    // The credit the boundary data asks for, in both languages.
    expect(json.attribution).toEqual({
      nl: expect.stringContaining('Grenzen: © CBS / Kadaster'),
      en: expect.stringContaining('Boundaries: © CBS / Kadaster'),
    });
  });
});
