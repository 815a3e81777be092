import { defineProject } from 'vitest/config';
import { defaultServerConditions } from 'vite';

// Pure logic only: these tests run in Node. Elements are tested in Chromium (web-test-runner).
export default defineProject({
  resolve: { conditions: ['source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    name: '@digivaardig/data',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
  },
});
