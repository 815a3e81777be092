import type { Pc4Table } from '@digivaardig/core';

/** A place name to write on a map without tiles, at the middle of its postcodes. */
export interface PlaceLabel {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** How many four-digit postcodes the place has: bigger places are named first. */
  readonly size: number;
}

/**
 * The places of the embedded postcode table as labels, biggest first: each at the mean
 * point of the postcodes it is the first place of. With no tiles, these names are what
 * tells a visitor where the pins are once the map is zoomed in on a town.
 */
export function placeLabels(table: Pc4Table): PlaceLabel[] {
  const sums = new Map<number, [lat: number, lon: number, count: number]>();
  for (let row = 0; row < table.count; row++) {
    const place = table.rowPlace[row]!;
    const sum = sums.get(place) ?? [0, 0, 0];
    sum[0] += table.lat[row]!;
    sum[1] += table.lon[row]!;
    sum[2]++;
    sums.set(place, sum);
  }
  return [...sums]
    .map(([place, [lat, lon, count]]) => ({ name: table.places[place]!.name, lat: lat / count, lon: lon / count, size: count }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}

/** A label's box on screen, in pixels, centred on its point. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Picks the labels to draw, in order: each on its point, else just below, above, right or
 * left of it, wherever it overlaps no label already taken nor a box in `taken` (the
 * markers) and that `fits` (inside the map); a label with no free spot is left out, so
 * names never pile up nor get cut off. At most `max`.
 */
export function pickLabels<T extends LabelBox>(
  boxes: readonly T[],
  taken: readonly LabelBox[] = [],
  { max = 18, fits = () => true }: { max?: number; fits?: (box: LabelBox) => boolean } = {},
): T[] {
  const placed: LabelBox[] = [...taken];
  const picked: T[] = [];
  const overlaps = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
  for (const box of boxes) {
    if (picked.length >= max) break;
    const side = box.width / 2 + 18;
    const spot = [
      [0, 0],
      [0, box.height + 6],
      [0, -box.height - 24],
      [side, 0],
      [-side, 0],
    ]
      .map(([dx, dy]) => ({ ...box, x: box.x + dx!, y: box.y + dy! }))
      .find((moved) => fits(moved) && !placed.some((other) => overlaps(moved, other)));
    if (!spot) continue;
    placed.push(spot);
    picked.push(spot);
  }
  return picked;
}
