/**
 * The bot scopes every install needs, and what each is for; the manifests list exactly these (a test maps
 * each to the Web API calls that need it). The distributed app never reads channel messages.
 */
export const BOT_SCOPE_REASONS = {
  commands: 'the /aiteam command',
  'chat:write': 'posting answers, reminders, plans and DMs in conversations the bot is in',
  'channels:join': 'joining a public channel a member asked for an answer in, to post it there',
  'users:read': "a reminder creator's time zone, and whether someone is a workspace admin (users.info)",
  'files:write':
    'the exports and the hiring plan picture, uploaded to the asker; deleting them when replaced or forgotten',
  'channels:read':
    'which public channels a person is in (their plan, App Home) and whether the bot can post in one',
  'groups:read':
    'which private channels a person is in (their plan, App Home) and whether the bot can post in one',
} as const;

export const BOT_SCOPES = Object.keys(BOT_SCOPE_REASONS) as (keyof typeof BOT_SCOPE_REASONS)[];

/**
 * Only with REMINDER_DUPLICATE_CHECK=history, an operator's opt-in for a single-workspace bot: read the bot's
 * own recent reminder posts to avoid posting one twice after a timed-out post. Never in the distributed
 * manifests, and refused with OAuth (src/config/env.ts): an OAuth install asks for BOT_SCOPES alone.
 */
export const HISTORY_CHECK_SCOPES = ['channels:history', 'groups:history'] as const;
