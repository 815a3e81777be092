// Do not modify this file by hand!
// Re-generate it with `pnpm i18n:build` (scripts/i18n-build.mjs).

/** This package's catalogue per locale, each loaded when a widget first speaks it. */
export const catalogs = {
  en: () => import('./en.js'),
  ar: () => import('./ar.js'),
  tr: () => import('./tr.js'),
  pl: () => import('./pl.js'),
  uk: () => import('./uk.js'),
};
