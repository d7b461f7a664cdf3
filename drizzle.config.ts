import { defineConfig } from 'drizzle-kit';

// Plain SQL files in migrations/ are applied by the Node start-up (drizzle's migrator) and by
// `wrangler d1 migrations apply DB`; both runtimes share one history.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
});
