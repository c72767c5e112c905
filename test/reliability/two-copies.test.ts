import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/storage/migrations/index.js';
import { type BotProcess, launchBot, logLines } from '../helpers/bot-process.js';
import { eventually } from '../helpers/eventually.js';
import { STACK_FRAME } from '../helpers/run-process.js';
import { BOT_TOKEN, freePort, processBotEnv } from '../slack/harness.js';
import { SlackStandIn } from '../slack/stand-in.js';

/**
 * Two copies of the bot started at the same moment on one fresh SQLite file: a rolling deploy on one host,
 * or a second copy started by mistake. Each try starts both processes in the same tick, on a file that does
 * not exist yet, so their migrations and their clean-up on a failed start race each other. The race is won
 * differently from try to try, hence many tries.
 */
const TRIES = 8;

let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});

/** Every migration the bot has, by name: what a fully migrated file records. */
const MIGRATIONS = Object.keys(await migrationProvider.getMigrations()).sort();

interface Outcome {
  bot: BotProcess;
  /** The port it serves on, or undefined when it stopped instead. */
  port: number | undefined;
  code: number | null | undefined;
}

/** Resolves once the bot says it is running (with its port) or has exited (with its code). */
async function settle(bot: BotProcess): Promise<Outcome> {
  const running = eventually(() => {
    const line = logLines(bot).find((entry) => entry.msg === 'AI Team Advisor is running');
    if (!line) throw new Error(`not running yet; stderr: ${bot.stderr()}`);
    return line.port as number;
  }, 30_000);
  return Promise.race([
    running.then((port) => ({ bot, port, code: undefined })),
    bot.exited.then((code) => ({ bot, port: undefined, code })),
  ]);
}

async function readiness(port: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: response.status, body: await response.json() };
}

/** The migrations recorded in the file, read by a connection of the test's own. */
function migrationsIn(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select name from advisor_migration order by name').all() as { name: string }[]).map(
      (row) => row.name,
    );
  } finally {
    db.close();
  }
}

async function stopAll(outcomes: Outcome[]): Promise<void> {
  for (const { bot } of outcomes) bot.child.kill('SIGKILL');
  await Promise.all(outcomes.map(({ bot }) => bot.exited));
}

describe('two copies started at once on one fresh SQLite file', () => {
  it(
    'both start on ports of their own: the migrations run once, one copy after the other',
    async () => {
      for (let attempt = 0; attempt < TRIES; attempt += 1) {
        const folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-two-'));
        const path = join(folder, 'data', 'advisor.db');
        const env = processBotEnv(standIn.apiUrl, { DATABASE_URL: `file:${path}` });
        const outcomes = await Promise.all(
          [launchBot(env, folder), launchBot(env, folder)].map(async (bot) => settle(await bot)),
        );
        try {
          for (const outcome of outcomes) {
            expect(
              { port: outcome.port !== undefined, stderr: outcome.bot.stderr() },
              `try ${attempt + 1}: both copies start`,
            ).toEqual({ port: true, stderr: '' });
            expect(await readiness(outcome.port as number)).toEqual({
              status: 200,
              body: { status: 'ready' },
            });
          }
          expect(migrationsIn(path)).toEqual(MIGRATIONS);
        } finally {
          await stopAll(outcomes);
        }
      }
    },
    TRIES * 15_000,
  );

  it(
    'on one port, one starts and the other stops saying the port is taken, leaving the survivor its database',
    async () => {
      for (let attempt = 0; attempt < TRIES; attempt += 1) {
        const folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-two-'));
        const path = join(folder, 'data', 'advisor.db');
        const port = await freePort();
        const env = processBotEnv(standIn.apiUrl, { DATABASE_URL: `file:${path}`, PORT: String(port) });
        const outcomes = await Promise.all(
          [launchBot(env, folder), launchBot(env, folder)].map(async (bot) => settle(await bot)),
        );
        try {
          const survivors = outcomes.filter((outcome) => outcome.port !== undefined);
          const stopped = outcomes.filter((outcome) => outcome.port === undefined);
          expect(survivors, `try ${attempt + 1}: one copy runs`).toHaveLength(1);
          const [loser] = stopped;
          expect(loser?.code).toBe(1);
          expect(loser?.bot.stderr().trim()).toBe(
            `PORT ${port} is already in use. Stop the other process or set PORT.`,
          );
          expect(loser?.bot.stderr()).not.toMatch(STACK_FRAME);
          // The loser has exited: whatever it cleaned up is gone. The survivor's file is still the one it
          // opened (readiness checks that before its query) and holds the whole schema.
          expect(await readiness(port), `try ${attempt + 1}: the survivor's database`).toEqual({
            status: 200,
            body: { status: 'ready' },
          });
          expect((await stat(path)).isFile()).toBe(true);
          expect(migrationsIn(path)).toEqual(MIGRATIONS);
        } finally {
          await stopAll(outcomes);
        }
      }
    },
    TRIES * 15_000,
  );
});
