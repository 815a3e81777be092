/**
 * Keeps images from other hosts (map tiles) from loading during a test, and records
 * their addresses instead: tests run offline and never reach PDOK, yet can check which
 * tiles the map asked for. Leaflet sets a tile's `src` property, so the setter is wrapped.
 */
export function holdForeignImages(): { readonly asked: string[]; restore(): void } {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  const asked: string[] = [];
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get: descriptor.get,
    set(this: HTMLImageElement, value: string) {
      const url = new URL(String(value), location.href);
      if (/^https?:$/.test(url.protocol) && url.host !== location.host) {
        asked.push(url.href);
        return;
      }
      descriptor.set!.call(this, value);
    },
  });
  return { asked, restore: () => Object.defineProperty(HTMLImageElement.prototype, 'src', descriptor) };
}

/** Every resource the page fetched from another host. */
export function foreignRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).host !== location.host);
}
