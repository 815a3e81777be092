import { existsSync, readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';
import { houseStyleCss } from './house-style-css.js';

// The CDN bundle's Subresource Integrity hashes, when it has been built (`pnpm build:cdn`),
// for the snippets on the Embed pages (stories/support/cdn-snippet.ts).
const integrityFile = new URL('../packages/widgets/dist/integrity.json', import.meta.url);

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Examples use relative URLs (`src="assets/statistics-sample.csv"`), resolved against the
  // preview iframe (/iframe.html), so the fixture feeds are served at /assets.
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  core: { disableTelemetry: true, enableCrashReports: false },
  async viteFinal(viteConfig) {
    // Workspace packages export their TypeScript sources under the `source` condition.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] };
    const integrity: unknown = existsSync(integrityFile) ? JSON.parse(readFileSync(integrityFile, 'utf8')) : null;
    viteConfig.define = { ...viteConfig.define, __DV_CDN_INTEGRITY__: JSON.stringify(integrity) };
    // The house styles' token CSS and our bridges, as URLs (the "House style" toolbar).
    viteConfig.plugins = [...(viteConfig.plugins ?? []), houseStyleCss()];
    return viteConfig;
  },
};

export default config;
