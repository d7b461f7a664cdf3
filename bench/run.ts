/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each compares against a baseline
 * measured in the same run and prints ratios, so figures from different machines compare.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

for (const file of files) {
  console.log(`\n== ${file}`);
  const bench = (await import(pathToFileURL(`${dir}/${file}`).href)) as { run?: () => Promise<void> };
  if (typeof bench.run !== 'function') throw new Error(`${file} exports no run()`);
  await bench.run();
}
