import { arrived } from './arrived.js';

/** The search-and-results part (engine.ts): one lazy chunk, fetched once per page. */
export type Engine = typeof import('./engine.js');

let loading: Promise<Engine> | undefined;
let loaded: Engine | undefined;

/** Fetches the engine (once); a list-only finder does so with its first search. */
export function loadEngine(): Promise<Engine> {
  return (loading ??= arrived(import('./engine.js'), () => (loading = undefined)).then((engine) => (loaded = engine)));
}

/** The engine once it is here, for rendering; undefined before. */
export function loadedEngine(): Engine | undefined {
  return loaded;
}
