import { createHmac } from 'node:crypto';
import type { SlackStandIn } from './stand-in.js';

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signature(signingSecret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface HttpResult {
  status: number;
  text: string;
  /** The body as JSON, when it is JSON. */
  json: Record<string, any> | undefined;
}

export interface Actor {
  userId?: string;
  channelId?: string;
  channelName?: string;
  teamId?: string;
  /** A workspace of an org-wide (Enterprise Grid) install. */
  enterpriseId?: string;
}

const DEFAULT_USER = 'U0ASKER';

/**
 * Plays Slack's side of the HTTP conversation: sends signed slash commands, view submissions, block actions
 * and events to the bot's real endpoint, with trigger ids and response URLs from the stand-in.
 */
export class SlackDriver {
  constructor(
    private readonly botUrl: string,
    private readonly signingSecret: string,
    private readonly standIn: SlackStandIn,
  ) {}

  async send(
    body: string,
    contentType: string,
    options: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpResult> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(`${this.botUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': options.signature ?? signature(this.signingSecret, timestamp, body),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    let json: Record<string, any> | undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }

  commandBody(text: string, actor: Actor = {}): string {
    return new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: actor.teamId ?? this.standIn.workspaceId,
      team_domain: 'example',
      channel_id: actor.channelId ?? 'C0GENERAL',
      channel_name: actor.channelName ?? 'general',
      user_id: actor.userId ?? DEFAULT_USER,
      user_name: 'asker',
      command: '/aiteam',
      text,
      api_app_id: 'A0ADVISOR',
      is_enterprise_install: actor.enterpriseId ? 'true' : 'false',
      ...(actor.enterpriseId ? { enterprise_id: actor.enterpriseId, enterprise_name: 'Org' } : {}),
      response_url: this.standIn.responseUrl(),
      trigger_id: this.standIn.issueTrigger(),
    }).toString();
  }

  command(text: string, actor: Actor = {}): Promise<HttpResult> {
    return this.send(this.commandBody(text, actor), 'application/x-www-form-urlencoded');
  }

  interaction(payload: Record<string, unknown>): Promise<HttpResult> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.send(body, 'application/x-www-form-urlencoded');
  }

  /** Submits a view the bot opened (as the stand-in recorded it) with the given input state. */
  submitView(
    view: Record<string, any>,
    values: Record<string, unknown>,
    actor: Actor = {},
  ): Promise<HttpResult> {
    const userId = actor.userId ?? DEFAULT_USER;
    const teamId = actor.teamId ?? this.standIn.workspaceId;
    return this.interaction({
      type: 'view_submission',
      team: { id: teamId, domain: 'example' },
      user: { id: userId, username: 'asker', name: 'asker', team_id: teamId },
      api_app_id: 'A0ADVISOR',
      token: 'legacy-verification-token',
      trigger_id: this.standIn.issueTrigger(),
      view: {
        id: 'V0SUBMITTED',
        team_id: teamId,
        type: 'modal',
        blocks: view.blocks,
        private_metadata: view.private_metadata ?? '',
        callback_id: view.callback_id,
        state: { values },
        hash: 'hash',
        title: view.title,
        close: view.close,
        submit: view.submit,
        root_view_id: 'V0SUBMITTED',
        previous_view_id: null,
        app_id: 'A0ADVISOR',
        bot_id: this.standIn.botId,
        clear_on_close: false,
        notify_on_close: false,
      },
      response_urls: [],
      is_enterprise_install: Boolean(actor.enterpriseId),
      enterprise: actor.enterpriseId ? { id: actor.enterpriseId, name: 'Org' } : null,
    });
  }

  clickButton(
    actionId: string,
    value: string | undefined,
    where: { channelId?: string; messageTs?: string; view?: boolean } & Actor = {},
  ): Promise<HttpResult> {
    const userId = where.userId ?? DEFAULT_USER;
    const teamId = where.teamId ?? this.standIn.workspaceId;
    const inMessage = !where.view;
    return this.interaction({
      type: 'block_actions',
      team: { id: teamId, domain: 'example' },
      user: { id: userId, username: 'asker', name: 'asker', team_id: teamId },
      api_app_id: 'A0ADVISOR',
      token: 'legacy-verification-token',
      trigger_id: this.standIn.issueTrigger(),
      // Slack sends a response_url for a button in a message, none for one on App Home.
      ...(inMessage ? { response_url: this.standIn.responseUrl() } : {}),
      container: inMessage
        ? {
            type: 'message',
            message_ts: where.messageTs ?? '1.000001',
            channel_id: where.channelId ?? 'C0GENERAL',
            is_ephemeral: false,
          }
        : { type: 'view', view_id: 'V0HOME' },
      ...(inMessage
        ? {
            channel: { id: where.channelId ?? 'C0GENERAL', name: 'general' },
            message: { ts: where.messageTs ?? '1.000001', type: 'message', text: 'answer' },
          }
        : {
            view: {
              id: 'V0HOME',
              type: 'home',
              callback_id: '',
              private_metadata: '',
              state: { values: {} },
            },
          }),
      actions: [
        {
          type: 'button',
          action_id: actionId,
          block_id: 'answer_actions',
          text: { type: 'plain_text', text: 'button' },
          ...(value === undefined ? {} : { value }),
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    });
  }

  /** Someone opens the app's Home tab (or its Messages tab). */
  openAppHome(userId = DEFAULT_USER, tab: 'home' | 'messages' = 'home'): Promise<HttpResult> {
    return this.event(appHomeOpenedEvent(userId, tab));
  }

  event(
    event: Record<string, unknown>,
    teamId = this.standIn.workspaceId,
    options: { eventId?: string; retryNum?: number; enterpriseId?: string } = {},
  ): Promise<HttpResult> {
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: teamId,
      ...(options.enterpriseId ? { enterprise_id: options.enterpriseId } : {}),
      api_app_id: 'A0ADVISOR',
      event,
      type: 'event_callback',
      event_id: options.eventId ?? `Ev${Date.now()}${Math.random().toString(36).slice(2, 8)}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        {
          team_id: teamId,
          enterprise_id: options.enterpriseId ?? null,
          user_id: this.standIn.botUserId,
          is_bot: true,
          is_enterprise_install: Boolean(options.enterpriseId),
        },
      ],
    });
    const retry =
      options.retryNum === undefined
        ? {}
        : {
            headers: {
              'x-slack-retry-num': String(options.retryNum),
              'x-slack-retry-reason': 'http_timeout',
            },
          };
    return this.send(body, 'application/json', retry);
  }
}

/** What Slack sends when someone opens the app's Home or Messages tab. */
export function appHomeOpenedEvent(userId = DEFAULT_USER, tab: 'home' | 'messages' = 'home') {
  return { type: 'app_home_opened', user: userId, channel: `D${userId.slice(1)}`, tab, event_ts: '1.0' };
}

/** The button with `actionId` in a message's or view's blocks (throws if there is none). */
export function buttonIn(blocks: unknown, actionId: string): Record<string, any> {
  for (const block of blocks as Record<string, any>[]) {
    const found = block.elements?.find((element: { action_id?: string }) => element.action_id === actionId);
    if (found) return found;
  }
  throw new Error(`no ${actionId} button`);
}
