import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../src/slack/create-app.js';
import { BOT_SCOPE_REASONS, HISTORY_CHECK_SCOPES } from '../src/slack/scopes.js';
import { STEP_IDS, STEP_INPUTS } from '../src/slack/steps/step-ids.js';
import { COMMAND, usageHint } from '../src/slack/subcommands.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../manifests/${name}`, import.meta.url), 'utf8'));

it('declares the same Workflow Builder steps in both single-workspace manifests (Socket Mode and HTTP)', () => {
  expect(read('manifest.http.json').functions).toEqual(read('manifest.json').functions);
});

describe.each([
  ['manifest.json', true],
  ['manifest.http.json', false],
])('%s', (file, socketMode) => {
  const manifest = read(file);

  it('creates the bot user, /aiteam with its usage hint, interactivity and the App Home tab', () => {
    expect(manifest.features.bot_user.display_name).toBe('AI Team Advisor');
    // The hint is written from the subcommand table that drives the router and help.
    expect(usageHint()).toBe(
      '[help | grid [pilot|production|scale] | roles | history | remind | reminders | plan [export] | export [me] | forget [me]]',
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
      'team_access_revoked',
      'member_left_channel',
      'channel_left',
      'group_left',
      'channel_archive',
      'group_archive',
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

  it('types each input as Slack documents it: channels and people as Slack types, interactivity optional', () => {
    // The parameter types manifest schema 2.0.0 allows (slackapi/manifest-schema, app-manifests.v1.hermes.types.type).
    const slackTypes = new Set([
      ...['integer', 'number', 'boolean', 'string', 'object', 'array'],
      ...['user_context', 'user_permission', 'user_id', 'channel_id', 'usergroup_id', 'timestamp', 'blocks']
        .concat([
          'credential/oauth2',
          'date',
          'interactivity',
          'rich_text',
          'form_input',
          'form_input_object',
        ])
        .concat(['message_ts', 'message_context'])
        .map((type) => `slack#/types/${type}`),
    ]);
    // The type each input the code reads must have, for Workflow Builder to offer the right picker.
    const inputTypes: Record<string, string> = {
      [STEP_INPUTS.channel]: 'slack#/types/channel_id',
      [STEP_INPUTS.person]: 'slack#/types/user_id',
      [STEP_INPUTS.teamName]: 'string',
      [STEP_INPUTS.postAnswer]: 'boolean',
      [STEP_INPUTS.interactivity]: 'slack#/types/interactivity',
    };
    for (const step of Object.values<Record<string, any>>(manifest.functions)) {
      // Schema 2.0.0 asks for exactly these keys (additionalProperties: false).
      expect(Object.keys(step).sort()).toEqual([
        'description',
        'input_parameters',
        'output_parameters',
        'title',
      ]);
      const inputs = Object.entries<Record<string, string>>(step.input_parameters.properties);
      for (const [name, parameter] of inputs) expect(parameter.type).toBe(inputTypes[name]);
      for (const parameter of Object.values<Record<string, string>>(step.output_parameters.properties)) {
        expect(slackTypes.has(String(parameter.type))).toBe(true);
      }
      // "Custom functions that require interactivity inputs are not currently supported in Workflow
      // Builder" (api.slack.com/automation/interactivity): the step must run without one.
      expect(step.input_parameters.required).not.toContain(STEP_INPUTS.interactivity);
    }
    // The step with the button asks a person, mapped as a person; the plan goes to one.
    expect(manifest.functions[STEP_IDS.assess].input_parameters.properties).toHaveProperty(
      STEP_INPUTS.person,
    );
    expect(manifest.functions[STEP_IDS.sendPlan].input_parameters.required).toEqual([STEP_INPUTS.person]);
  });

  it('asks for every scope a call in the code needs, and no other', () => {
    expectScopesOfTheCode(manifest);
  });

  it('gives each scope but the history the steps read its reason, for the listing', () => {
    const history: string[] = [...HISTORY_CHECK_SCOPES];
    expect(Object.keys(BOT_SCOPE_REASONS).sort()).toEqual(
      manifest.oauth_config.scopes.bot.filter((scope: string) => !history.includes(scope)).sort(),
    );
  });

  it('asks, beyond what an OAuth install asks for, only for the history its Workflow Builder steps read', () => {
    // The steps find the team's latest answer in the channel (src/slack/steps/step-access.ts); steps are
    // never distributed by OAuth (manifest.oauth.json, the Marketplace's, has neither).
    expect(manifest.oauth_config.scopes.bot).toEqual([...BOT_SCOPES, 'channels:history', 'groups:history']);
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

  it('asks for every scope a call in the code needs, and no other, as the app does when installed by OAuth', () => {
    expectScopesOfTheCode(oauth);
    expect(oauth.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(oauth.settings.event_subscriptions.bot_events).toContain('team_access_revoked');
  });

  it('leaves the Workflow Builder steps out: apps distributed by OAuth cannot carry them', () => {
    expect(oauth.functions).toBeUndefined();
    expect(oauth.settings.function_runtime).toBeUndefined();
    expect(oauth.settings.event_subscriptions.bot_events).not.toContain('function_executed');
  });

  it('is the HTTP manifest otherwise, with the OAuth redirect URL', () => {
    const { functions: _steps, oauth_config: httpOauth, ...rest } = http;
    const { function_runtime: _runtime, ...settings } = http.settings;
    const events = http.settings.event_subscriptions.bot_events.filter(
      (event: string) => event !== 'function_executed',
    );
    const scopes = httpOauth.scopes.bot.filter((scope: string) => !scope.endsWith(':history'));
    expect(oauth).toEqual({
      ...rest,
      oauth_config: { ...httpOauth, scopes: { ...httpOauth.scopes, bot: scopes } },
      settings: { ...settings, event_subscriptions: { ...settings.event_subscriptions, bot_events: events } },
    });
    expect(oauth.oauth_config.redirect_urls).toEqual(['https://advisor.example.com/slack/oauth_redirect']);
  });
});

/**
 * The bot-token scopes each Web API method needs, from Slack's method reference (docs.slack.dev/reference/
 * methods/<method>): written here, apart from the code, so a new call without its scope, or a scope nothing
 * calls for, fails. Methods that need no scope map to []. users.conversations and conversations.info need the
 * read scope of each conversation type asked for: the bot asks for public and private channels.
 */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'conversations.join': ['channels:join'],
  'conversations.info': ['channels:read', 'groups:read'],
  // types=public_channel only.
  'conversations.list': ['channels:read'],
  'users.conversations': ['channels:read', 'groups:read'],
  'users.info': ['users:read'],
  // filesUploadV2: files.getUploadURLExternal and files.completeUploadExternal.
  filesUploadV2: ['files:write'],
  'files.delete': ['files:write'],
  'views.open': [],
  'views.push': [],
  'views.update': [],
  'views.publish': [],
  'auth.test': [],
  'oauth.v2.access': [],
  'chat.getPermalink': [],
  // Workflow Builder steps answer with the workflow token the event carries.
  'functions.completeSuccess': [],
  'functions.completeError': [],
  // Only with REMINDER_DUPLICATE_CHECK=history (OPT_IN): never in the distributed manifests.
  'conversations.history': ['channels:history', 'groups:history'],
};
const OPT_IN: string[] = [...HISTORY_CHECK_SCOPES];

/** Every Web API method the bot's source calls, with the files that call it. */
function webApiCalls(): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  const root = new URL('../src/', import.meta.url);
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    // The functional core (src/advisor) imports no Slack client, so it makes no call: its `team.seat(` is
    // the plan's own team, not Slack's `team.*` methods.
    if (!file.endsWith('.ts') || file.startsWith('advisor/')) continue;
    const source = readFileSync(new URL(file, root), 'utf8');
    const found = [
      ...source.matchAll(
        /\.(chat|conversations|users|files|views|auth|oauth|team|apps|reactions|pins|bookmarks|usergroups|dnd|bots|emoji|search|stars|functions)\.((?:v2\.)?[a-zA-Z]+(?:\.[a-zA-Z]+)?)\(/g,
      ),
    ].map((match) => `${match[1]}.${match[2]}`);
    if (/\.filesUploadV2\(/.test(source)) found.push('filesUploadV2');
    for (const method of found) calls.set(method, [...(calls.get(method) ?? []), file]);
  }
  return calls;
}

/**
 * A manifest asks for exactly the scopes the calls in the code need. The history scopes count only for a
 * manifest with Workflow Builder steps (they read the channel for the latest answer); elsewhere the only
 * reader of history is the reminders' opt-in duplicate check.
 */
function expectScopesOfTheCode(manifest: Record<string, any>): void {
  const granted: string[] = manifest.oauth_config.scopes.bot;
  const steps = manifest.functions !== undefined;
  const needed = new Set(
    [...webApiCalls().keys()].flatMap((method) =>
      (METHOD_SCOPES[method] ?? []).filter((scope) => steps || !OPT_IN.includes(scope)),
    ),
  );
  if (manifest.features.slash_commands.length > 0) needed.add('commands');
  expect([...granted].sort()).toEqual([...needed].sort());
  if (!steps) {
    expect(granted).not.toContain('channels:history');
    expect(granted).not.toContain('groups:history');
  }
}

describe('scopes and the calls that need them', () => {
  const calls = webApiCalls();

  it('every Web API call in the code has its scopes written down', () => {
    // A new call fails here until METHOD_SCOPES says what it needs.
    expect([...calls.keys()].filter((method) => !(method in METHOD_SCOPES))).toEqual([]);
    expect(calls.get('chat.postMessage')?.length).toBeGreaterThan(0);
  });

  it('reads channel history only in the opt-in duplicate check and the Workflow Builder steps', () => {
    expect(calls.get('conversations.history')?.sort()).toEqual([
      'slack/reminders/slack-reminder-channel.ts',
      'slack/steps/step-access.ts',
    ]);
  });
});
