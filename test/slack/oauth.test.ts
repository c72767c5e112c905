import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { formState, reminderState } from './form.js';
import { type BotHarness, OAUTH, SIGNING_SECRET, startBot } from './harness.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot({ oauth: true, clock: { now: () => new Date('2026-03-10T12:00:00Z') } });
});
afterEach(async () => {
  await bot.stop();
});

const WORKSPACES = {
  T0ALPHA: 'xoxb-alpha-0000-secret',
  T0BRAVO: 'xoxb-bravo-0000-secret',
} as const;

/** The install link, as a browser follows it: /slack/install, Slack's consent, back to /slack/oauth_redirect. */
async function install(teamId: keyof typeof WORKSPACES): Promise<Response> {
  const start = await fetch(`${bot.url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location') ?? '');
  expect(authorize.searchParams.get('client_id')).toBe(OAUTH.clientId);
  const state = authorize.searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  bot.standIn.expectInstall(`code-${teamId}`, teamId, WORKSPACES[teamId]);
  return fetch(`${bot.url}/slack/oauth_redirect?code=code-${teamId}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
}

async function assess(teamId: keyof typeof WORKSPACES, channelId: string, name: string) {
  const token = WORKSPACES[teamId];
  const opened = bot.standIn.callsTo('views.open').length;
  const posted = bot.standIn.callsTo('chat.postMessage').length;
  bot.standIn.addChannel(channelId, 'public');
  await bot.driver.command('', { teamId, channelId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  await bot.driver.submitView(
    bot.standIn.lastOpenedView(token),
    formState({ name, stage: 'pilot', builds: 'both', urgency: 'weeks' }),
    { teamId },
  );
  await answered(teamId, channelId, posted);
}

/** The answer is posted whole: the bot remembers where once its parent and every reply are in Slack. */
async function answered(teamId: string, channelId: string, postedBefore: number): Promise<void> {
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length > postedBefore);
  await eventually(async () =>
    expect((await bot.store.channelHistory(teamId, channelId, 1))[0]?.messages).toBeDefined(),
  );
}

describe('installing in many workspaces by OAuth', () => {
  it('installs two workspaces through the link and serves each with its own token', async () => {
    expect((await install('T0ALPHA')).status).toBe(200);
    expect((await install('T0BRAVO')).status).toBe(200);

    await assess('T0ALPHA', 'C0ALPHA', 'Alpha team');
    await assess('T0BRAVO', 'C0BRAVO', 'Bravo team');
    const byToken = (token: string) =>
      bot.standIn.calls.filter((call) => call.token === token).map((call) => call.method);
    expect(byToken(WORKSPACES.T0ALPHA)).toEqual(expect.arrayContaining(['views.open', 'chat.postMessage']));
    const alphaChannels = bot.standIn.calls
      .filter((c) => c.token === WORKSPACES.T0ALPHA && c.params.channel)
      .map((c) => c.params.channel);
    expect(new Set(alphaChannels)).toEqual(new Set(['C0ALPHA']));
    const bravoChannels = bot.standIn.calls
      .filter((c) => c.token === WORKSPACES.T0BRAVO && c.params.channel)
      .map((c) => c.params.channel);
    expect(new Set(bravoChannels)).toEqual(new Set(['C0BRAVO']));
  });

  it('refuses an install whose state was not issued by this app', async () => {
    bot.standIn.expectInstall('code-T0ALPHA', 'T0ALPHA', WORKSPACES.T0ALPHA);
    const forged = await fetch(`${bot.url}/slack/oauth_redirect?code=code-T0ALPHA&state=forged`, {
      redirect: 'manual',
    });
    expect(forged.status).not.toBe(200);
    expect(bot.standIn.callsTo('oauth.v2.access')).toEqual([]);
    expect(await bot.database.db.selectFrom('installations').selectAll().execute()).toEqual([]);
  });

  it('keeps tokens encrypted at rest', async () => {
    await install('T0ALPHA');
    const rows = await bot.database.db.selectFrom('installations').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.install_key).toBe('T0ALPHA');
    expect(rows[0]?.sealed).not.toContain(WORKSPACES.T0ALPHA);
    expect(rows[0]?.sealed.startsWith('v1:')).toBe(true);
  });

  it("keeps each workspace's data to itself, even with a forged channel id", async () => {
    await install('T0ALPHA');
    await install('T0BRAVO');
    await assess('T0BRAVO', 'C0SHARED', 'Bravo secret team');
    const history = await bot.driver.command('history', { teamId: 'T0ALPHA', channelId: 'C0SHARED' });
    expect(history.json?.text).toBe(
      'No assessments in this channel yet. Run `/aiteam` to make the first one.',
    );
    expect(JSON.stringify(history.json)).not.toContain('Bravo secret team');
  });

  it("cannot touch another workspace's reminders or export its data, even with forged ids", async () => {
    await install('T0ALPHA');
    await install('T0BRAVO');
    await assess('T0BRAVO', 'C0SHARED', 'Bravo secret team');
    await bot.driver.command('remind', { teamId: 'T0BRAVO', channelId: 'C0SHARED' });
    await bot.standIn.waitFor(
      () => bot.standIn.lastOpenedView(WORKSPACES.T0BRAVO)?.callback_id === 'reminder_form',
    );
    await bot.driver.submitView(
      bot.standIn.lastOpenedView(WORKSPACES.T0BRAVO),
      reminderState({ date: '2026-04-01', time: '09:00', repeat: 'once' }),
      {
        teamId: 'T0BRAVO',
      },
    );
    const [bravoReminder] = await bot.reminders.listForChannel('T0BRAVO', 'C0SHARED');
    expect(bravoReminder).toMatchObject({ workspaceId: 'T0BRAVO', channelId: 'C0SHARED', status: 'active' });

    bot.standIn.setUser('U0ASKER', { is_admin: true }); // an admin, but of the other workspace's request
    for (const actionId of ['reminder_stop', 'reminder_cancel', 'reminder_snooze']) {
      await bot.driver.clickButton(actionId, bravoReminder?.id, { teamId: 'T0ALPHA', channelId: 'C0SHARED' });
    }
    await eventually(() => expect(bot.standIn.responseUrlPosts.length).toBeGreaterThanOrEqual(3));
    expect(await bot.reminders.get('T0BRAVO', bravoReminder?.id ?? '')).toMatchObject({
      status: 'active',
      nextDueAt: bravoReminder?.nextDueAt,
    });

    await bot.driver.command('export', { teamId: 'T0ALPHA', channelId: 'C0SHARED' });
    await bot.standIn.waitFor(
      () => [...bot.standIn.uploads.values()].filter((upload) => upload.channel).length === 3,
    );
    for (const upload of bot.standIn.uploads.values()) expect(upload.body).not.toContain('Bravo secret team');
    expect(JSON.stringify(bot.standIn.callsTo('chat.postMessage').at(-1)?.params)).toContain(
      '0 assessments and 0 reminders',
    );
  });

  it('on app_uninstalled, removes the workspace tokens and data at once, and stops its reminders', async () => {
    await install('T0ALPHA');
    await install('T0BRAVO');
    await assess('T0ALPHA', 'C0ALPHA', 'Alpha team');
    await assess('T0BRAVO', 'C0BRAVO', 'Bravo team');
    await bot.driver.command('remind', { teamId: 'T0ALPHA', channelId: 'C0ALPHA' });
    await bot.standIn.waitFor(
      () => bot.standIn.lastOpenedView(WORKSPACES.T0ALPHA)?.callback_id === 'reminder_form',
    );
    await bot.driver.submitView(
      bot.standIn.lastOpenedView(WORKSPACES.T0ALPHA),
      reminderState({ date: '2026-04-01', time: '09:00', repeat: 'weeks', every: 1 }),
      {
        teamId: 'T0ALPHA',
      },
    );
    expect(await bot.reminders.listForChannel('T0ALPHA', 'C0ALPHA')).toHaveLength(1);

    await bot.driver.event({ type: 'app_uninstalled', event_ts: '1.0' }, 'T0ALPHA');
    await eventually(async () =>
      expect(await bot.store.channelHistory('T0ALPHA', 'C0ALPHA', 10)).toEqual([]),
    );
    expect(await bot.reminders.listForChannel('T0ALPHA', 'C0ALPHA')).toEqual([]);
    // Nothing is left for the scheduler to deliver in that workspace, in any status.
    const left = await bot.database.db
      .selectFrom('reminders')
      .select('id')
      .where('workspace_id', '=', 'T0ALPHA')
      .execute();
    expect(left).toEqual([]);
    const keys = (await bot.database.db.selectFrom('installations').select('install_key').execute()).map(
      (row) => row.install_key,
    );
    expect(keys).toEqual(['T0BRAVO']);
    expect(await bot.store.channelHistory('T0BRAVO', 'C0BRAVO', 10)).toHaveLength(1);
  });

  it('on tokens_revoked for the bot token, cleans up the same way; a user token alone changes nothing', async () => {
    await install('T0ALPHA');
    await assess('T0ALPHA', 'C0ALPHA', 'Alpha team');
    await bot.driver.event(
      { type: 'tokens_revoked', tokens: { oauth: ['U0SOMEONE'] }, event_ts: '1.0' },
      'T0ALPHA',
    );
    await eventually(() => expect(bot.logs.requests().at(-1)).toMatchObject({ name: 'tokens_revoked' }));
    expect(await bot.store.channelHistory('T0ALPHA', 'C0ALPHA', 10)).toHaveLength(1);

    await bot.driver.event(
      { type: 'tokens_revoked', tokens: { bot: ['U0BOT'] }, event_ts: '2.0' },
      'T0ALPHA',
    );
    await eventually(async () =>
      expect(await bot.store.channelHistory('T0ALPHA', 'C0ALPHA', 10)).toEqual([]),
    );
    expect(await bot.database.db.selectFrom('installations').selectAll().execute()).toEqual([]);
  });

  it('never logs a token or a secret', async () => {
    await install('T0ALPHA');
    await assess('T0ALPHA', 'C0ALPHA', 'Alpha team');
    const logs = bot.logs.raw.join('\n');
    for (const secret of [
      ...Object.values(WORKSPACES),
      OAUTH.clientSecret,
      OAUTH.stateSecret,
      OAUTH.encryptionKey,
      SIGNING_SECRET,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('token rotation', () => {
  it('refreshes an expiring token once, however many requests need it at the same moment', async () => {
    const start = await fetch(`${bot.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // A token that expires in a minute: inside the two-hour window in which it is refreshed.
    bot.standIn.expectInstall('code-rotating', 'T0ROTATE', 'xoxe.xoxb-first', { expiresIn: 60 });
    const done = await fetch(
      `${bot.url}/slack/oauth_redirect?code=code-rotating&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
      },
    );
    expect(done.status).toBe(200);

    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        bot.driver.command('help', { teamId: 'T0ROTATE', channelId: 'C0ROTATE' }),
      ),
    );
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200]);
    const refreshes = bot.standIn
      .callsTo('oauth.v2.access')
      .filter((call) => call.params.grant_type === 'refresh_token');
    expect(refreshes.map((call) => call.result.ok)).toEqual([true]);

    // Later requests use the new token without refreshing again.
    await bot.driver.command('', { teamId: 'T0ROTATE', channelId: 'C0ROTATE' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    expect(bot.standIn.callsTo('views.open')[0]?.token).toBe(refreshes[0]?.result.access_token);
    expect(
      bot.standIn.callsTo('oauth.v2.access').filter((call) => call.params.grant_type === 'refresh_token'),
    ).toHaveLength(1);
  });
});

describe('an org-wide (Enterprise Grid) install', () => {
  const ORG_TOKEN = 'xoxb-org-0000-secret';

  async function installOrg() {
    const start = await fetch(`${bot.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    bot.standIn.expectInstall('code-org', 'E0ORG', ORG_TOKEN, { orgWide: true });
    const done = await fetch(
      `${bot.url}/slack/oauth_redirect?code=code-org&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(done.status).toBe(200);
  }

  it('serves every workspace of the org with the org token, reminders included, and an org uninstall removes it all', async () => {
    await installOrg();
    const keys = await bot.database.db
      .selectFrom('installations')
      .select(['install_key', 'team_id'])
      .execute();
    expect(keys).toEqual([{ install_key: 'E0ORG', team_id: null }]);

    for (const teamId of ['T0ORGONE', 'T0ORGTWO']) {
      const channelId = `C0${teamId.slice(2)}`;
      bot.standIn.addChannel(channelId, 'public');
      const opened = bot.standIn.callsTo('views.open').length;
      const posted = bot.standIn.callsTo('chat.postMessage').length;
      await bot.driver.command('', { teamId, channelId, enterpriseId: 'E0ORG' });
      await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
      const view = bot.standIn.callsTo('views.open').at(-1);
      expect(view?.token).toBe(ORG_TOKEN);
      await bot.driver.submitView(
        view?.params.view as Record<string, any>,
        formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' }),
        {
          teamId,
          enterpriseId: 'E0ORG',
        },
      );
      await answered(teamId, channelId, posted);
      expect((await bot.store.channelHistory(teamId, channelId, 5))[0]?.enterpriseId).toBe('E0ORG');
    }

    // A reminder in an org workspace is delivered with the org's token, found through the org.
    const reminder = await bot.reminders.create({
      workspaceId: 'T0ORGONE',
      enterpriseId: 'E0ORG',
      channelId: 'C0ORGONE',
      createdBy: 'U0ASKER',
      timeZone: 'UTC',
      rule: { startDate: '2026-03-10', time: '11:00', repeat: { kind: 'once' }, weekdaysOnly: false },
      occurrence: 0,
      nextDueAt: Date.parse('2026-03-10T11:00:00Z'),
      now: Date.parse('2026-03-10T10:00:00Z'),
    });
    expect(await bot.scheduler.tick()).toBe(1);
    const reminderPost = bot.standIn.callsTo('chat.postMessage').at(-1);
    expect(reminderPost).toMatchObject({ token: ORG_TOKEN, params: { channel: 'C0ORGONE' } });
    expect((await bot.reminders.get('T0ORGONE', reminder.id))?.status).toBe('done');

    // One workspace leaves the org install: its data goes at once; the org's token and its other workspace
    // stay.
    await bot.reminders.create({
      workspaceId: 'T0ORGTWO',
      enterpriseId: 'E0ORG',
      channelId: 'C0ORGTWO',
      createdBy: 'U0ASKER',
      timeZone: 'UTC',
      rule: { startDate: '2026-04-10', time: '11:00', repeat: { kind: 'once' }, weekdaysOnly: false },
      occurrence: 0,
      nextDueAt: Date.parse('2026-04-10T11:00:00Z'),
      now: Date.parse('2026-03-10T10:00:00Z'),
    });
    await bot.driver.event(
      { type: 'team_access_revoked', team_ids: ['T0ORGONE'], event_ts: '1.0' },
      'T0ORGONE',
      { enterpriseId: 'E0ORG' },
    );
    await eventually(async () =>
      expect(await bot.store.channelHistory('T0ORGONE', 'C0ORGONE', 5)).toEqual([]),
    );
    expect(await bot.reminders.get('T0ORGONE', reminder.id)).toBeUndefined();
    expect(await bot.store.channelHistory('T0ORGTWO', 'C0ORGTWO', 5)).toHaveLength(1);
    expect(await bot.reminders.listForChannel('T0ORGTWO', 'C0ORGTWO')).toHaveLength(1);
    expect(await bot.database.db.selectFrom('installations').select('install_key').execute()).toEqual([
      { install_key: 'E0ORG' },
    ]);
    expect(bot.logs.lines.map((line) => line.msg)).toContain('workspace removed from the org install');

    await bot.driver.event({ type: 'app_uninstalled', event_ts: '1.0' }, 'T0ORGONE', {
      enterpriseId: 'E0ORG',
    });
    // The uninstall removes the installation and each workspace's data in turn: wait for all of it.
    await eventually(async () => {
      expect(await bot.database.db.selectFrom('installations').selectAll().execute()).toEqual([]);
      expect(await bot.store.channelHistory('T0ORGTWO', 'C0ORGTWO', 5)).toEqual([]);
      expect(await bot.store.channelHistory('T0ORGONE', 'C0ORGONE', 5)).toEqual([]);
    });
  });
});
