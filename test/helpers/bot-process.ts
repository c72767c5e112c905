import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './eventually.js';

const APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  cwd: string;
  stdout: string[];
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `node dist/app.js`, what `npm start` runs, in a folder of its own (an empty one by default: no .env). */
export async function launchBot(env: Record<string, string>, cwd?: string): Promise<BotProcess> {
  const folder = cwd ?? (await mkdtemp(join(tmpdir(), 'ai-team-advisor-run-')));
  const child = spawn(process.execPath, [APP], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'pipe',
  });
  const stdout: string[] = [];
  let stderr = '';
  child.stdout
    ?.setEncoding('utf8')
    .on('data', (chunk: string) => stdout.push(...chunk.split('\n').filter(Boolean)));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, cwd: folder, stdout, stderr: () => stderr, exited };
}

export function logLines(bot: BotProcess): Record<string, any>[] {
  return bot.stdout.map((line) => JSON.parse(line));
}

/** Waits for the start-up line and returns the HTTP port the bot listens on. */
export async function startedPort(bot: BotProcess): Promise<number> {
  const line = await eventually(() => {
    const found = logLines(bot).find((entry) => entry.msg === 'AI Team Advisor is running');
    if (!found) throw new Error(`not running yet; stderr: ${bot.stderr()}`);
    return found;
  }, 15_000);
  return line.port;
}
