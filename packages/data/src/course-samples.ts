/**
 * Where the sample courses of <dv-course-finder> are: a JSON file shipped beside the code
 * and fetched as data when a finder has no `src`, so a page's JavaScript stays small (the
 * sample is about 7.5 KB gzipped). Bundlers (Rollup with our plugin, Vite, webpack 5)
 * copy files referenced this way.
 */
export const courseSamplesUrl = new URL('../data/courses-sample.json', import.meta.url).href;
