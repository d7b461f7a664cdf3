/**
 * Child processes for the HTTP benches: the real server as `npm start` runs it, and the
 * floor, a bare Hono + better-sqlite3 server answering a one-row primary-key SELECT as JSON.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchServer {
  base: string;
  pid: number;
  /** Milliseconds from spawn to the first answered /health. */
  startupMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The real server, built as `npm start` builds it. */
export async function startAppServer(env: Record<string, string>, extraArgs: string[] = []): Promise<BenchServer> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  // The heap cap `npm start` gives the server (package.json).
  return startProcess([...extraArgs, '--max-old-space-size=192', 'dist/server.node.js'], env);
}

/** The floor: bench/support/floor-server.mjs on a SQLite file with `rows` one-row records. */
export async function startFloorServer(dbPath: string): Promise<BenchServer> {
  return startProcess(['bench/support/floor-server.mjs'], { FLOOR_DB: dbPath });
}

async function startProcess(args: string[], env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  const startupMs = performance.now() - started;
  return {
    base,
    pid: child.pid!,
    startupMs,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
