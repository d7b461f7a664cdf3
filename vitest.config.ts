import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const harness = (runtime: 'node' | 'workers') =>
  fileURLToPath(new URL(`./test/harness/${runtime}.ts`, import.meta.url));

// The contract and domain suites run twice: once on Node with better-sqlite3 and once on
// workerd with D1. Tests import `#harness`, which each project points at its own adapter.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  return {
    test: {
      projects: [
        {
          resolve: { alias: { '#harness': harness('node') } },
          test: {
            name: 'node',
            environment: 'node',
            // Generous: on a 2-core CI machine both runtimes and the browser run at once.
            testTimeout: 30_000,
            include: ['test/contract/**/*.test.ts', 'test/domain/**/*.test.ts', 'test/node/**/*.test.ts'],
          },
        },
        {
          resolve: { alias: { '#harness': harness('workers') } },
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: 'workers',
            testTimeout: 30_000,
            include: ['test/contract/**/*.test.ts', 'test/domain/**/*.test.ts', 'test/workers/**/*.test.ts'],
            setupFiles: ['./test/harness/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'browser',
            environment: 'node',
            include: ['test/browser/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
