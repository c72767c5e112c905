import { deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { PlanPictureRenderer } from '../../src/slack/plan/plan-picture.js';
import type { NewAssessment } from '../../src/storage/assessment-store.js';
import { eventually } from '../helpers/eventually.js';
import { team } from '../helpers/teams.js';
import type { BotHarness } from './harness.js';
import type { RecordedCall } from './stand-in.js';

/** A real PNG (one white pixel), so an upload can be checked without the renderer's fonts. */
function onePixelPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A picture drawn instantly: for tests about what happens around it. */
export const fakePicture: PlanPictureRenderer = async (plan) => ({
  png: onePixelPng(),
  altText: `Hiring plan: ${plan.teams.length} teams`,
  width: 1,
  height: 1,
  shownTeams: plan.teams.length,
});

/** A stored assessment of a production team (fresh unless `createdAt` says otherwise). */
export function stored(bot: BotHarness, overrides: Partial<NewAssessment>): NewAssessment {
  const name = overrides.teamName ?? 'Stored';
  return {
    workspaceId: bot.standIn.workspaceId,
    channelId: 'C0STORED',
    userId: 'U0STORE',
    teamName: name,
    stage: 'production',
    createdAt: new Date(),
    profile: team({
      name,
      stage: 'production',
      roles: { ai_engineer: 3, backend: 2, ai_pm: 1 },
      practices: ['eval_set', 'monitoring'],
    }),
    summary: { headcount: 6, band: '6 to 12', position: 'within', stallPoints: [], gaps: [], covered: [] },
    ...overrides,
  };
}

/** The DMs the bot sent `userId`. */
export function dmsTo(bot: BotHarness, userId: string): RecordedCall[] {
  return bot.standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === userId);
}

/** How many of `userId`'s `/aiteam` requests have finished (their log line is written when they return). */
export function finishedCommands(bot: BotHarness, userId: string): number {
  return bot.logs.requests().filter((line) => line.user === userId && line.name === '/aiteam').length;
}

/** Runs `/aiteam plan` as `userId` and waits until the plan's last message is in their DM. */
export async function planFor(bot: BotHarness, userId: string): Promise<RecordedCall[]> {
  const before = dmsTo(bot, userId).length;
  const done = finishedCommands(bot, userId);
  await bot.driver.command('plan', { userId, channelId: 'C0GENERAL' });
  await eventually(() => expect(finishedCommands(bot, userId)).toBeGreaterThan(done), 20_000);
  return dmsTo(bot, userId).slice(before);
}

export function textOf(calls: readonly RecordedCall[]): string {
  return JSON.stringify(calls.map((call) => [call.params.text, call.params.blocks]));
}
