import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { defaultServerConditions } from 'vite';

/**
 * The Vitest project of one workspace package: pure logic in Node, TypeScript sources
 * through the `source` export condition. Elements are tested in Chromium (web-test-runner),
 * so `*.browser.test.ts` files are left out here.
 */
export function packageProject(name: string) {
  const conditions = ['source', ...defaultServerConditions];
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      name,
      environment: 'node',
      // Data files fetched by file: URL in Node (see the file).
      setupFiles: [fileURLToPath(new URL('./test/support/file-fetch.ts', import.meta.url))],
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
    },
  });
}
