import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../src/slack/create-app.js';
import { COMMAND, usageHint } from '../src/slack/subcommands.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../manifests/${name}`, import.meta.url), 'utf8'));

describe.each([
  ['manifest.json', true],
  ['manifest.http.json', false],
])('%s', (file, socketMode) => {
  const manifest = read(file);

  it('creates the bot user, /aiteam with its usage hint, interactivity and the App Home tab', () => {
    expect(manifest.features.bot_user.display_name).toBe('AI Team Advisor');
    // The hint is written from the subcommand table that drives the router and help.
    expect(usageHint()).toBe(
      '[help | grid [pilot|production|scale] | roles | history | remind | reminders | plan [export] | export | forget]',
    );
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: COMMAND, usage_hint: usageHint() }),
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_home_opened',
      'app_uninstalled',
      'tokens_revoked',
    ]);
  });

  it('asks only for the scopes the bot uses', () => {
    // commands: /aiteam; chat:write: answers, reminders and DMs; channels:join: joining a public channel to
    // answer there; users:read: the reminder creator's time zone and admin status (users.info); files:write:
    // the export's files, shared in a DM; channels:read, groups:read: App Home shows only channels the user
    // is in (users.conversations); channels:history, groups:history: before posting again a reminder whose
    // earlier attempt may have reached Slack, the bot looks for it in the channel (conversations.history,
    // by the message metadata it posted), so a slow Slack does not get the reminder twice.
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'channels:join',
      'users:read',
      'files:write',
      'channels:read',
      'groups:read',
      'channels:history',
      'groups:history',
    ]);
  });

  it('asks for exactly the scopes the app requests when installed by OAuth', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
  });

  it('stays within the manifest schema limits', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(manifest.features.slash_commands[0].description.length).toBeLessThanOrEqual(2000);
  });

  it(
    socketMode ? 'turns Socket Mode on, with no request URLs' : 'sends every request to /slack/events',
    () => {
      expect(manifest.settings.socket_mode_enabled).toBe(socketMode);
      const urls = [
        manifest.features.slash_commands[0].url,
        manifest.settings.interactivity.request_url,
        manifest.settings.event_subscriptions.request_url,
      ];
      if (socketMode) expect(urls).toEqual([undefined, undefined, undefined]);
      else for (const url of urls) expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
    },
  );
});
