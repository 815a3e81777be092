// ESLint runs one rule here: compat/compat (eslint-plugin-compat), which fails on a browser
// API that a browser of .browserslistrc lacks (docs/browser-support.md). It is no style
// lint. Run with `pnpm run check:browsers`, or `pnpm exec eslint packages/*/src`.
import tsParser from '@typescript-eslint/parser';
import compat from 'eslint-plugin-compat';

export default [
  {
    files: ['packages/*/src/**/*.ts'],
    // Generated translations hold strings only.
    ignores: ['**/*.test.ts', '**/test/**', '**/generated/**'],
    languageOptions: { parser: tsParser },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
    // Also the ECMAScript built-ins (Intl.Segmenter…), not only the web APIs.
    settings: { lintAllEsApis: true },
  },
];
