import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../src/slack/create-app.js';
import { BOT_SCOPE_REASONS, botScopes, HISTORY_CHECK_SCOPES } from '../src/slack/scopes.js';
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
      '[help | grid [pilot|production|scale] | roles | history | remind | reminders | plan [export] | export | forget [me]]',
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
    ]);
  });

  it('asks for every scope a call in the code needs, and no other (channels are never read)', () => {
    const granted: string[] = manifest.oauth_config.scopes.bot;
    const calls = webApiCalls();
    const needed = new Set(
      [...calls.keys()].flatMap((method) =>
        (METHOD_SCOPES[method] ?? []).filter((scope) => !OPT_IN.includes(scope)),
      ),
    );
    if (manifest.features.slash_commands.length > 0) needed.add('commands');
    expect([...granted].sort()).toEqual([...needed].sort());
    expect(granted).not.toContain('channels:history');
    expect(granted).not.toContain('groups:history');
  });

  it('gives each scope its reason, for the listing', () => {
    expect(Object.keys(BOT_SCOPE_REASONS).sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
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
  // Only with REMINDER_DUPLICATE_CHECK=history (OPT_IN): never in the distributed manifests.
  'conversations.history': ['channels:history', 'groups:history'],
};
const OPT_IN: string[] = [...HISTORY_CHECK_SCOPES];

/** Every Web API method the bot's source calls, with the files that call it. */
function webApiCalls(): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  const root = new URL('../src/', import.meta.url);
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(new URL(file, root), 'utf8');
    const found = [
      ...source.matchAll(
        /\.(chat|conversations|users|files|views|auth|oauth|team|apps|reactions|pins|bookmarks|usergroups|dnd|bots|emoji|search|stars)\.((?:v2\.)?[a-zA-Z]+(?:\.[a-zA-Z]+)?)\(/g,
      ),
    ].map((match) => `${match[1]}.${match[2]}`);
    if (/\.filesUploadV2\(/.test(source)) found.push('filesUploadV2');
    for (const method of found) calls.set(method, [...(calls.get(method) ?? []), file]);
  }
  return calls;
}

describe('scopes and the calls that need them', () => {
  const calls = webApiCalls();

  it('every Web API call in the code has its scopes written down', () => {
    // A new call fails here until METHOD_SCOPES says what it needs.
    expect([...calls.keys()].filter((method) => !(method in METHOD_SCOPES))).toEqual([]);
    expect(calls.get('chat.postMessage')?.length).toBeGreaterThan(0);
  });

  it('reads channel history only in the opt-in duplicate check, and asks for it only then', () => {
    expect(calls.get('conversations.history')).toEqual(['slack/reminders/slack-reminder-channel.ts']);
    expect(botScopes('none')).toEqual([...BOT_SCOPES]);
    expect(botScopes('history')).toEqual([...BOT_SCOPES, 'channels:history', 'groups:history']);
  });
});
