import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

let built: string | undefined;

/** Builds the server as `npm start` does (its prestart), once per test process, into a file of its own. */
export function builtServer(): string {
  if (!built) {
    const outfile = `dist/test-${process.pid}.js`;
    execFileSync(process.execPath, ['scripts/build.mjs', outfile], { stdio: 'inherit' });
    process.once('exit', () => {
      rmSync(outfile, { force: true });
      rmSync(`${outfile}.map`, { force: true });
    });
    built = outfile;
  }
  return built;
}

export interface RunningServer {
  base: string;
  stop(): void;
}

/** Starts the built server as `npm start` would, on a free loopback port, once /health answers. */
export async function startNodeServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [builtServer()], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGTERM');
        throw new Error('server did not start');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop: () => void child.kill('SIGTERM') };
}
