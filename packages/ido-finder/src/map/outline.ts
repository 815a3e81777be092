import type { LocalizedText } from '@digivaardig/core';
/** The embedded outline file (packages/data/scripts/build-outline.mjs writes it). */
export interface OutlineJson {
  readonly format: 'digivaardig-outline';
  readonly version: 1;
  /** The credit the boundary data asks for, in Dutch and English. */
  readonly attribution: LocalizedText;
  readonly scale: readonly [number, number];
  readonly translate: readonly [number, number];
  readonly arcs: readonly string[];
  readonly provinces: readonly { readonly code: string; readonly name: string; readonly polygons: readonly (readonly (readonly number[])[])[] }[];
}

/** [lat, lon] pairs, as Leaflet takes them. */
export type LatLon = [number, number];

export interface Province {
  readonly code: string;
  readonly name: string;
  /** Polygons, each an outer ring then its holes. */
  readonly polygons: LatLon[][][];
}

/** Reads one arc: zigzag varints, 5 bits per character from offset 63, x then y, delta-coded. */
export function decodeArc(text: string): [number, number][] {
  const values: number[] = [];
  let shift = 0;
  let u = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 63;
    if (c < 0 || c > 63) throw new Error('outline: bad arc');
    u |= (c & 0x1f) << shift;
    shift += 5;
    if (c < 0x20) {
      values.push(u & 1 ? ~(u >> 1) : u >> 1);
      u = 0;
      shift = 0;
    }
  }
  if (shift !== 0 || values.length % 2) throw new Error('outline: arc ends early');
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < values.length; i += 2) points.push([(x += values[i]!), (y += values[i + 1]!)]);
  return points;
}

/** The provinces as Leaflet polygons; rings are joined from shared arcs (~i: arc i reversed). */
export function decodeOutline(json: OutlineJson): Province[] {
  if (json.format !== 'digivaardig-outline' || json.version !== 1) throw new Error('outline: unknown format');
  const [sx, sy] = json.scale;
  const [tx, ty] = json.translate;
  const arcs = json.arcs.map((arc) => decodeArc(arc).map(([x, y]): LatLon => [y * sy + ty, x * sx + tx]));
  const ring = (refs: readonly number[]): LatLon[] => {
    const points: LatLon[] = [];
    for (const ref of refs) {
      const arc = ref < 0 ? [...arcs[~ref]!].reverse() : arcs[ref]!;
      if (!arc) throw new Error('outline: no such arc');
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  return json.provinces.map((p) => ({ code: p.code, name: p.name, polygons: p.polygons.map((polygon) => polygon.map(ring)) }));
}
