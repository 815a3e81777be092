/**
 * Fetches one of this package's JSON files (a URL relative to `import.meta.url`, which
 * bundlers copy beside the code). Data is fetched, not imported as a module: the HTML
 * standard long had browsers keep a failed `import()` in their module map and answer every
 * later import of it with the same error (whatwg/html#6768); it was changed in 2024
 * (whatwg/html#10327), but not every browser we support has taken that up, whereas a failed
 * `fetch` can always be made again ("Probeer opnieuw").
 */
export async function fetchData(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.href}`);
  return response.json() as Promise<unknown>;
}

/**
 * `load` once per key, the promise shared by every caller; a load that failed is
 * forgotten, so that the next call fetches again (a page that went offline for a moment
 * is not left without postcodes).
 */
export function loadOnce<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaded = new Map<K, Promise<T>>();
  return (key) => {
    let value = loaded.get(key);
    if (!value) {
      value = load(key);
      loaded.set(key, value);
      value.catch(() => loaded.delete(key));
    }
    return value;
  };
}
