import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

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
    return viteConfig;
  },
};

export default config;
