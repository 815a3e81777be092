/** A point on screen (pixels at the map's current zoom) standing for one location. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
  /** Index of the location in the caller's list. */
  readonly index: number;
}

export interface Cluster {
  /** Mean position of its members, in the same pixels. */
  readonly x: number;
  readonly y: number;
  /** Indices of the locations it holds, in input order. */
  readonly members: number[];
}

/**
 * Groups points that lie within `radius` pixels of a cluster's first point (greedy, in
 * input order, with a grid of radius-sized cells so each point looks at nine cells only).
 * Small on purpose: a few hundred to ten thousand locations cluster in milliseconds, and
 * the map chunk stays inside its budget without a clustering library.
 */
export function clusterPoints(points: readonly ScreenPoint[], radius: number): Cluster[] {
  const cell = (v: number) => Math.floor(v / radius);
  const grid = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${cell(p.x)},${cell(p.y)}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  const taken = new Uint8Array(points.length);
  const clusters: Cluster[] = [];
  const r2 = radius * radius;
  points.forEach((seed, i) => {
    if (taken[i]) return;
    const members: number[] = [];
    let sx = 0;
    let sy = 0;
    const cx = cell(seed.x);
    const cy = cell(seed.y);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          const p = points[j]!;
          if (taken[j] || (p.x - seed.x) ** 2 + (p.y - seed.y) ** 2 > r2) continue;
          taken[j] = 1;
          members.push(j);
        }
      }
    }
    members.sort((a, b) => a - b);
    for (const j of members) {
      sx += points[j]!.x;
      sy += points[j]!.y;
    }
    clusters.push({ x: sx / members.length, y: sy / members.length, members: members.map((j) => points[j]!.index) });
  });
  return clusters;
}
