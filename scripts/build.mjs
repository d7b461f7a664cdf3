// Builds the Node server into dist/ with esbuild, so `npm start` runs plain JavaScript:
// no TypeScript loader in the serving process (start-up time and memory; docs/performance.md).
// Dependencies stay external and load from node_modules as usual.
// `node scripts/build.mjs [OUTFILE]`: OUTFILE must sit directly in a folder of the project's root
// (dist/ by default), because the server finds migrations/ next to that folder.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server.node.ts'],
  outfile: process.argv[2] ?? 'dist/server.node.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  logLevel: 'warning',
});
