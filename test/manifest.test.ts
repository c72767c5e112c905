import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../src/slack/create-app.js';
import { STEP_IDS } from '../src/slack/steps/step-ids.js';
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
      'function_executed',
    ]);
  });

  it('offers the three Workflow Builder steps, run by the app itself', () => {
    expect(Object.keys(manifest.functions).sort()).toEqual(Object.values(STEP_IDS).sort());
    expect(manifest.settings.function_runtime).toBe('remote');
    expect(manifest.settings.org_deploy_enabled).toBe(true);
    for (const [id, step] of Object.entries<Record<string, any>>(manifest.functions)) {
      expect(id.length).toBeLessThanOrEqual(100);
      expect(step.title.length).toBeLessThanOrEqual(255);
      for (const parameters of [step.input_parameters, step.output_parameters]) {
        // Manifest v2: `required` is an array of names that are all declared.
        expect(Array.isArray(parameters.required)).toBe(true);
        for (const name of parameters.required) expect(parameters.properties).toHaveProperty(name);
        for (const parameter of Object.values<Record<string, string>>(parameters.properties)) {
          expect(parameter.title).toBeTruthy();
          expect(parameter.description).toBeTruthy();
        }
      }
      // Every input a workflow builder maps has a hint.
      for (const parameter of Object.values<Record<string, string>>(step.input_parameters.properties)) {
        expect(parameter.hint).toBeTruthy();
      }
    }
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

describe('manifest.oauth.json (many workspaces)', () => {
  const oauth = read('manifest.oauth.json');
  const http = read('manifest.http.json');

  it('leaves the Workflow Builder steps out: apps distributed by OAuth cannot carry them', () => {
    expect(oauth.functions).toBeUndefined();
    expect(oauth.settings.function_runtime).toBeUndefined();
    expect(oauth.settings.event_subscriptions.bot_events).not.toContain('function_executed');
  });

  it('is the HTTP manifest otherwise, with the OAuth redirect URL', () => {
    const { functions: _steps, ...rest } = http;
    const { function_runtime: _runtime, ...settings } = http.settings;
    const events = http.settings.event_subscriptions.bot_events.filter(
      (event: string) => event !== 'function_executed',
    );
    expect(oauth).toEqual({
      ...rest,
      settings: { ...settings, event_subscriptions: { ...settings.event_subscriptions, bot_events: events } },
    });
    expect(oauth.oauth_config.redirect_urls).toEqual(['https://advisor.example.com/slack/oauth_redirect']);
  });
});
