import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Slack's Web API: answers the methods the bot calls the way Slack does (including the
 * errors Slack gives for a channel the bot is not in, blocks over the limits, or an expired trigger id),
 * records every call, and can be told to fail a method or rate-limit it.
 */

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** What the stand-in answered (for a 429, `{ ok: false, error: 'ratelimited' }`). */
  result: Record<string, any>;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export type ChannelKind = 'public' | 'private' | 'im';

interface Channel {
  kind: ChannelKind;
  botIsMember: boolean;
  archived: boolean;
  /** By ts: what is in the channel now (as posted, or as last updated), with the metadata it carried. */
  messages: Map<string, StoredMessage>;
  /** The people in it; undefined: everybody (the default, for tests that do not care). */
  members: Set<string> | undefined;
}

type Failure = { error: string } | { status: 429; retryAfter: number };

interface StoredMessage {
  text: unknown;
  metadata: unknown;
  blocks?: unknown;
  /** The parent's ts, for a reply in a thread. */
  threadTs?: string;
  /** How many times chat.update changed it. */
  edits?: number;
}

const JSON_PARAMS = new Set(['blocks', 'view', 'attachments', 'metadata', 'outputs']);
const TRIGGER_LIFETIME_MS = 3000;

export class SlackStandIn {
  readonly calls: RecordedCall[] = [];
  readonly responseUrlPosts: ResponseUrlPost[] = [];
  /**
   * Files uploaded through files.getUploadURLExternal: the upload body (as text, and its bytes), whether
   * files.completeUploadExternal completed it, and where it was shared (none: private to the bot).
   */
  readonly uploads = new Map<
    string,
    { filename: string; body: string; bytes: Buffer; completed: boolean; channel?: string }
  >();
  /** Files deleted with files.delete, in order (they are gone from `uploads`). */
  readonly deletedFiles: string[] = [];
  readonly botUserId = 'UBOTADVISOR';
  readonly botId = 'BADVISOR';
  readonly workspaceId = 'T0WORKSPACE';
  readonly botToken: string;
  readonly appToken: string | undefined;
  /** Messages posted per channel, and when the last one was (kept apart from `calls`, for load tests). */
  readonly postsPerChannel = new Map<string, { count: number; lastAt: number }>();
  /** Socket Mode: what the bot sent back over the WebSocket (acknowledgements, with any response payload). */
  readonly socketAcks: Record<string, any>[] = [];
  private sockets: WebSocketServer | undefined;

  private server: Server | undefined;
  private baseUrl = '';
  private readonly channels = new Map<string, Channel>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly triggers = new Map<string, number>();
  private readonly delays = new Map<string, number>();
  private readonly answerDelays = new Map<string, number>();
  /** Until then, every bot token is answered `invalid_auth` (a brief token failure at Slack). */
  private rejectTokensUntil = 0;
  private readonly users = new Map<string, { tz?: string; is_admin?: boolean; is_owner?: boolean }>();
  private readonly pendingFailures: { method: string; skip: number; failure: Failure }[] = [];
  private sequence = 0;
  private readonly waiters = new Set<() => void>();
  /** Methods whose calls wait, unanswered, until released (see hold). */
  private readonly held = new Map<string, Promise<void>>();

  /** Bot tokens this Slack knows, and the workspace each belongs to. */
  private readonly tokens = new Map<string, string>();
  /** OAuth codes waiting to be exchanged (oauth.v2.access): code → the workspace and token it grants. */
  private readonly pendingInstalls = new Map<
    string,
    { teamId: string; token: string; installer: string; expiresIn?: number; orgWide: boolean }
  >();
  /** Refresh tokens (token rotation): each works once, for its workspace. */
  private readonly refreshTokens = new Map<string, string>();
  /** The app's OAuth credentials, checked by oauth.v2.access. */
  oauthClient: { id: string; secret: string } | undefined;
  /** Any channel not added explicitly is a public channel the bot is in (for load tests). */
  private readonly anyChannel: boolean;
  /**
   * Workflow Builder steps: each execution Slack started (see startExecution), its state, and how it ended.
   * A step completes once: after that, Slack answers execution_not_in_running_state.
   */
  private readonly executions = new Map<string, StepExecution>();
  /** Workflow tokens (xwfp-): each belongs to one execution and works until it expires. */
  private readonly workflowTokens = new Map<string, { executionId: string; expiresAt: number }>();
  /** The steps the app's manifest declares (see declareSteps): completions are checked against them. */
  private declaredSteps: Record<string, DeclaredStep> = {};

  constructor(options: { botToken: string; appToken?: string; anyChannel?: boolean }) {
    this.botToken = options.botToken;
    this.appToken = options.appToken;
    this.anyChannel = options.anyChannel ?? false;
    this.tokens.set(options.botToken, this.workspaceId);
  }

  /**
   * Makes `code` exchangeable (once) for an installation in workspace `teamId` with bot token `token`; with
   * `orgWide`, `teamId` is an enterprise id and the install covers every workspace of the org.
   */
  expectInstall(
    code: string,
    teamId: string,
    token: string,
    options: { installer?: string; expiresIn?: number; orgWide?: boolean } = {},
  ): void {
    this.pendingInstalls.set(code, {
      teamId,
      token,
      installer: options.installer ?? 'U0INSTALLER',
      expiresIn: options.expiresIn,
      orgWide: options.orgWide ?? false,
    });
  }

  /** The workspace a token belongs to, if Slack knows it. */
  workspaceOf(token: string | undefined): string | undefined {
    return token === undefined ? undefined : this.tokens.get(token);
  }

  /** The app was uninstalled from a workspace: its tokens stop working. */
  revokeWorkspace(teamId: string): void {
    for (const [token, workspace] of this.tokens) if (workspace === teamId) this.tokens.delete(token);
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error) => {
        response.writeHead(500).end(String(error));
      });
    });
    this.sockets = new WebSocketServer({ server: this.server, path: '/socket' });
    this.sockets.on('connection', (socket) => {
      socket.on('message', (data) => {
        this.socketAcks.push(JSON.parse(String(data)));
        this.notify();
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stand-in' } }));
      this.notify();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets?.clients ?? []) socket.terminate();
    this.sockets?.close();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  addChannel(
    id: string,
    kind: ChannelKind,
    options: { botIsMember?: boolean; archived?: boolean; members?: string[] } = {},
  ): void {
    this.channels.set(id, {
      kind,
      botIsMember: options.botIsMember ?? true,
      archived: options.archived ?? false,
      messages: new Map(),
      members: options.members ? new Set(options.members) : undefined,
    });
  }

  /** The next `times` calls of `method` fail this way. */
  fail(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  /**
   * The steps the app's manifest declares (its `functions`): completions are then checked as Slack checks
   * them, outputs against `output_parameters` (parameter_validation_failed).
   */
  declareSteps(functions: Record<string, DeclaredStep>): void {
    this.declaredSteps = functions;
  }

  /**
   * A workflow reached one of the app's steps: the execution is running, and its workflow token (returned,
   * as Slack puts it in the event's bot_access_token) works for `lifetimeMs` (expired at once with 0).
   */
  startExecution(executionId: string, callbackId: string, options: { lifetimeMs?: number } = {}): string {
    this.executions.set(executionId, { callbackId, state: 'running' });
    return this.issueWorkflowToken(executionId, options.lifetimeMs);
  }

  /** Another workflow token for a running execution, as Slack puts in a click on the step's message. */
  issueWorkflowToken(executionId: string, lifetimeMs = 15 * 60_000): string {
    const token = `xwfp-${executionId}-${++this.sequence}`;
    this.workflowTokens.set(token, { executionId, expiresAt: Date.now() + lifetimeMs });
    return token;
  }

  /** The workflow ended the step itself (a person cancelled the run, or it timed out). */
  endExecution(executionId: string): void {
    const execution = this.executions.get(executionId);
    if (execution) execution.state = 'ended_by_workflow';
  }

  execution(executionId: string): StepExecution | undefined {
    return this.executions.get(executionId);
  }

  /** Every functions.completeSuccess and functions.completeError call for one execution, accepted or not. */
  completionsOf(executionId: string): RecordedCall[] {
    return this.calls.filter(
      (call) =>
        (call.method === 'functions.completeSuccess' || call.method === 'functions.completeError') &&
        call.params.function_execution_id === executionId,
    );
  }

  /** Socket Mode connections the bot holds open. */
  get socketClients(): WebSocket[] {
    return [...(this.sockets?.clients ?? [])];
  }

  /** Sends a Socket Mode envelope, as Slack does for a slash command, interaction or event. */
  sendEnvelope(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: Record<string, unknown>,
  ): string {
    const envelopeId = `envelope-${++this.sequence}`;
    const message = JSON.stringify({
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
    });
    for (const socket of this.socketClients) socket.send(message);
    return envelopeId;
  }

  /** What users.info says of a user (by default: UTC, not an admin). */
  setUser(id: string, profile: { tz?: string; is_admin?: boolean; is_owner?: boolean }): void {
    this.users.set(id, profile);
  }

  /** After `skip` more calls of `method` succeed, the next one fails this way. */
  failAfter(method: string, skip: number, failure: Failure): void {
    this.pendingFailures.push({ method, skip, failure });
  }

  /**
   * Calls of `method` wait, unanswered, until the returned function is called: to show what the bot does
   * before a call is answered, with no clock involved.
   */
  hold(method: string): () => void {
    let release = () => {};
    this.held.set(
      method,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return () => {
      this.held.delete(method);
      release();
    };
  }

  /** Every call of `method` takes `ms` longer to answer. */
  slow(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /**
   * Every call of `method` is carried out at once (a post is in the channel) but answered `ms` later: a slow
   * Slack that did the work, whose answer a client may give up on.
   */
  slowAnswer(method: string, ms: number): void {
    this.answerDelays.set(method, ms);
  }

  /** For the next `ms`, Slack answers every call made with a bot token `invalid_auth`, then takes them again. */
  rejectTokensFor(ms: number): void {
    this.rejectTokensUntil = Date.now() + ms;
  }

  /** Ends a rejectTokensFor window now. */
  acceptTokensAgain(): void {
    this.rejectTokensUntil = 0;
  }

  /** The messages in a channel, oldest first, as conversations.history would give them with metadata. */
  messagesIn(channelId: string): ({ ts: string } & StoredMessage)[] {
    return [...(this.channels.get(channelId)?.messages ?? [])].map(([ts, message]) => ({ ts, ...message }));
  }

  /** A message as it is now in a channel: as posted, or as chat.update last left it; undefined once deleted. */
  message(channelId: string, ts: string): ({ ts: string } & StoredMessage) | undefined {
    const message = this.channels.get(channelId)?.messages.get(ts);
    return message && { ts, ...message };
  }

  /** The replies in a thread, oldest first. */
  threadOf(channelId: string, parentTs: string): ({ ts: string } & StoredMessage)[] {
    return this.messagesIn(channelId).filter((message) => message.threadTs === parentTs);
  }

  /** Someone deleted a message (in Slack's client): chat.update on it answers message_not_found. */
  deleteMessage(channelId: string, ts: string): void {
    this.channels.get(channelId)?.messages.delete(ts);
  }

  /** A trigger id as Slack puts in a command or action payload: usable for three seconds. */
  issueTrigger(): string {
    const id = `${Date.now()}.${++this.sequence}.trigger`;
    this.triggers.set(id, Date.now());
    return id;
  }

  responseUrl(): string {
    return `${this.baseUrl}/response/${++this.sequence}`;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The view of the latest views.open (made with `token`, when given): the modal the bot last opened. */
  lastOpenedView(token?: string): Record<string, any> {
    const calls = this.callsTo('views.open').filter((call) => token === undefined || call.token === token);
    return calls.at(-1)?.params.view as Record<string, any>;
  }

  /** Resolves once `predicate` holds over the recorded calls; rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'the expected Slack calls'): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(`timed out waiting for ${what}; calls: ${this.calls.map((c) => c.method).join(', ')}`),
        );
      }, timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const bytes = await readBody(request);
    const raw = bytes.toString('utf8');
    const url = new URL(request.url ?? '/', this.baseUrl);
    if (url.pathname.startsWith('/response/')) {
      this.responseUrlPosts.push({
        id: url.pathname.slice('/response/'.length),
        body: JSON.parse(raw || '{}'),
      });
      this.notify();
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      const upload = this.uploads.get(url.pathname.slice('/upload/'.length));
      if (upload) {
        upload.bytes = fileBytes(bytes, request.headers['content-type']);
        upload.body = upload.bytes.toString('utf8');
      }
      response
        .writeHead(upload ? 200 : 404, { 'content-type': 'text/plain' })
        .end(upload ? 'OK' : 'not found');
      this.notify();
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const params = parseParams(raw, request.headers['content-type']);
    const token =
      request.headers.authorization?.replace(/^Bearer /, '') ?? (params.token as string | undefined);
    const call: RecordedCall = { method, params, token, at: Date.now(), result: {} };
    this.calls.push(call);
    this.notify();
    const held = this.held.get(method);
    if (held) await held;

    const delay = this.delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const scheduled = this.pendingFailures.find((entry) => entry.method === method);
    let failure = this.failures.get(method)?.shift();
    if (scheduled && !failure) {
      if (scheduled.skip === 0) {
        failure = scheduled.failure;
        this.pendingFailures.splice(this.pendingFailures.indexOf(scheduled), 1);
      } else scheduled.skip -= 1;
    }
    let result: Record<string, unknown>;
    if (failure && 'status' in failure) {
      call.result = { ok: false, error: 'ratelimited' };
      response.writeHead(429, {
        'retry-after': String(failure.retryAfter),
        'content-type': 'application/json',
      });
      response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      this.notify();
      return;
    }
    if (failure) result = { ok: false, error: failure.error };
    else if (method === 'apps.connections.open') {
      result =
        this.appToken && token === this.appToken
          ? { ok: true, url: `${this.baseUrl.replace('http', 'ws')}/socket?ticket=${this.sequence}` }
          : { ok: false, error: 'invalid_auth' };
    } else if (method === 'oauth.v2.access') {
      result = this.exchange(params);
    } else if (this.workflowTokens.has(token ?? '')) {
      result = this.workflowCall(token ?? '', method, params);
    } else if (!this.tokens.has(token ?? '') || Date.now() < this.rejectTokensUntil) {
      result = { ok: false, error: 'invalid_auth' };
    } else result = this.answer(method, params, this.tokens.get(token ?? '') ?? this.workspaceId);
    call.result = result;
    this.notify();
    const answerDelay = this.answerDelays.get(method);
    if (answerDelay) await new Promise((resolve) => setTimeout(resolve, answerDelay));
    if (!response.destroyed) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    }
  }

  /** oauth.v2.access: the client's credentials and a pending code give a bot token for one workspace. */
  private exchange(params: Record<string, unknown>): Record<string, unknown> {
    if (
      !this.oauthClient ||
      params.client_id !== this.oauthClient.id ||
      params.client_secret !== this.oauthClient.secret
    ) {
      return { ok: false, error: 'invalid_client_id' };
    }
    if (params.grant_type === 'refresh_token') {
      const teamId = this.refreshTokens.get(String(params.refresh_token));
      if (!teamId) return { ok: false, error: 'invalid_refresh_token' };
      this.refreshTokens.delete(String(params.refresh_token));
      const token = `xoxe.xoxb-${teamId}-${++this.sequence}`;
      const refreshToken = `xoxe-refresh-${teamId}-${this.sequence}`;
      this.tokens.set(token, teamId);
      this.refreshTokens.set(refreshToken, teamId);
      return {
        ok: true,
        access_token: token,
        refresh_token: refreshToken,
        expires_in: 43_200,
        token_type: 'bot',
      };
    }
    const install = this.pendingInstalls.get(String(params.code));
    if (!install) return { ok: false, error: 'invalid_code' };
    this.pendingInstalls.delete(String(params.code));
    this.tokens.set(install.token, install.teamId);
    const rotation: Record<string, unknown> = {};
    if (install.expiresIn !== undefined) {
      const refreshToken = `xoxe-refresh-${install.teamId}-${++this.sequence}`;
      this.refreshTokens.set(refreshToken, install.teamId);
      rotation.refresh_token = refreshToken;
      rotation.expires_in = install.expiresIn;
    }
    if (install.orgWide) {
      // An org-wide install: `teamId` is the enterprise's id, and there is no team.
      return {
        ...rotation,
        ok: true,
        app_id: 'A0ADVISOR',
        authed_user: { id: install.installer },
        scope: 'commands,chat:write',
        token_type: 'bot',
        access_token: install.token,
        bot_user_id: this.botUserId,
        team: null,
        enterprise: { id: install.teamId, name: `Org ${install.teamId}` },
        is_enterprise_install: true,
      };
    }
    return {
      ...rotation,
      ok: true,
      app_id: 'A0ADVISOR',
      authed_user: { id: install.installer },
      scope: 'commands,chat:write,channels:join,users:read,files:write',
      token_type: 'bot',
      access_token: install.token,
      bot_user_id: this.botUserId,
      team: { id: install.teamId, name: `Workspace ${install.teamId}` },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  private answer(
    method: string,
    params: Record<string, unknown>,
    workspaceId: string,
  ): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Example',
          user: 'ai-team-advisor',
          team_id: workspaceId,
          user_id: this.botUserId,
          bot_id: this.botId,
        };
      case 'chat.postMessage':
        return this.postMessage(params);
      case 'conversations.history':
        return this.history(params);
      case 'chat.postEphemeral':
        return this.channelFor(String(params.channel)).error ?? { ok: true, message_ts: this.nextTs() };
      case 'conversations.join': {
        const channel = this.channels.get(String(params.channel));
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (channel.kind !== 'public') return { ok: false, error: 'method_not_supported_for_channel_type' };
        if (channel.archived) return { ok: false, error: 'is_archived' };
        channel.botIsMember = true;
        return { ok: true, channel: { id: params.channel } };
      }
      case 'views.open':
      case 'views.push': {
        const issued = this.triggers.get(String(params.trigger_id));
        if (issued === undefined) return { ok: false, error: 'invalid_trigger_id' };
        if (Date.now() - issued > TRIGGER_LIFETIME_MS) return { ok: false, error: 'expired_trigger_id' };
        return this.acceptView(params.view, 'modal');
      }
      case 'files.getUploadURLExternal': {
        const id = `F${++this.sequence}`;
        this.uploads.set(id, {
          filename: String(params.filename),
          body: '',
          bytes: Buffer.alloc(0),
          completed: false,
        });
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof params.files === 'string' ? JSON.parse(params.files) : params.files) as {
          id: string;
        }[];
        for (const file of files) {
          const upload = this.uploads.get(file.id);
          if (!upload) return { ok: false, error: 'file_not_found' };
          upload.completed = true;
          upload.channel = typeof params.channel_id === 'string' ? params.channel_id : undefined;
        }
        return { ok: true, files: files.map((file) => ({ id: file.id })) };
      }
      case 'files.delete': {
        // The bot deletes its own files; a file already gone is file_not_found, as Slack says.
        const id = String(params.file);
        if (!this.uploads.delete(id)) return { ok: false, error: 'file_not_found' };
        this.deletedFiles.push(id);
        return { ok: true };
      }
      case 'users.conversations': {
        const user = String(params.user);
        const types = String(params.types ?? 'public_channel').split(',');
        const kinds = new Set(
          types.map((type) =>
            type === 'public_channel' ? 'public' : type === 'private_channel' ? 'private' : type,
          ),
        );
        const ids = [...this.channels]
          .filter(([, channel]) => kinds.has(channel.kind) && (!channel.members || channel.members.has(user)))
          .map(([id]) => ({ id }));
        return { ok: true, channels: ids, response_metadata: { next_cursor: '' } };
      }
      case 'conversations.info': {
        // As Slack answers a bot: a private channel or a DM between people it is not in is not found. With
        // anyChannel, a channel not added is a public one the bot is in, as posting there treats it.
        const id = String(params.channel);
        if (this.anyChannel && !id.startsWith('U') && !this.channels.has(id)) this.addChannel(id, 'public');
        const channel = this.channels.get(id);
        if (!channel || (channel.kind !== 'public' && !channel.botIsMember)) {
          return { ok: false, error: 'channel_not_found' };
        }
        return {
          ok: true,
          channel: {
            id,
            is_channel: channel.kind !== 'im',
            is_private: channel.kind === 'private',
            is_im: channel.kind === 'im',
            is_member: channel.botIsMember,
            is_archived: channel.archived,
          },
        };
      }
      case 'conversations.list': {
        // The bot's view: every public channel; private ones only with types=private_channel, where it is in them.
        const types = String(params.types ?? 'public_channel').split(',');
        const ids = [...this.channels]
          .filter(
            ([, channel]) =>
              (channel.kind === 'public' && types.includes('public_channel')) ||
              (channel.kind === 'private' && types.includes('private_channel') && channel.botIsMember),
          )
          .map(([id]) => ({ id }));
        return { ok: true, channels: ids, response_metadata: { next_cursor: '' } };
      }
      case 'users.info': {
        const id = String(params.user);
        const profile = this.users.get(id) ?? {};
        return {
          ok: true,
          user: {
            id,
            team_id: this.workspaceId,
            name: id.toLowerCase(),
            tz: profile.tz ?? 'UTC',
            is_admin: profile.is_admin ?? false,
            is_owner: profile.is_owner ?? false,
          },
        };
      }
      case 'views.update':
        return this.acceptView(params.view, 'modal');
      case 'functions.completeSuccess':
      case 'functions.completeError':
        return this.completeExecution(method, params);
      case 'chat.getPermalink': {
        const { channel, error } = this.channelFor(String(params.channel));
        if (error || !channel) return error ?? { ok: false, error: 'channel_not_found' };
        if (!channel.messages.has(String(params.message_ts)))
          return { ok: false, error: 'message_not_found' };
        return {
          ok: true,
          channel: params.channel,
          permalink: `https://example.slack.com/archives/${params.channel}/p${String(params.message_ts).replace('.', '')}`,
        };
      }
      case 'chat.update': {
        // As Slack does: a DM is updated by its D… id (a user id is channel_not_found), and only the
        // bot's own messages exist here.
        const id = String(params.channel);
        if (id.startsWith('U')) return { ok: false, error: 'channel_not_found' };
        const { channel, error } = this.channelFor(id);
        if (error || !channel) return error ?? { ok: false, error: 'channel_not_found' };
        const message = channel.messages.get(String(params.ts));
        if (!message) return { ok: false, error: 'message_not_found' };
        const blocks = params.blocks as unknown[] | undefined;
        if (!params.text && !blocks) return { ok: false, error: 'no_text' };
        const problem = blockProblem(blocks ?? [], 'message') ?? this.imageProblem(blocks ?? []);
        if (problem) return { ok: false, error: problem.code, errors: [problem.detail] };
        channel.messages.set(String(params.ts), {
          ...message,
          text: params.text,
          ...(blocks ? { blocks } : {}),
          edits: (message.edits ?? 0) + 1,
        });
        return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
      }
      case 'chat.delete': {
        const id = String(params.channel);
        if (id.startsWith('U')) return { ok: false, error: 'channel_not_found' };
        const { channel, error } = this.channelFor(id);
        if (error || !channel) return error ?? { ok: false, error: 'channel_not_found' };
        if (!channel.messages.delete(String(params.ts))) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel: params.channel, ts: params.ts };
      }
      case 'views.publish':
        if (typeof params.user_id !== 'string') return { ok: false, error: 'invalid_arguments' };
        return this.acceptView(params.view, 'home');
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** A call made with a workflow token: refused once it expired; otherwise answered in its workspace. */
  private workflowCall(
    token: string,
    method: string,
    params: Record<string, unknown>,
  ): Record<string, unknown> {
    const issued = this.workflowTokens.get(token);
    if (!issued || Date.now() >= issued.expiresAt) return { ok: false, error: 'token_expired' };
    return this.answer(method, params, this.workspaceId);
  }

  /** functions.completeSuccess / completeError: once per running execution, outputs as declared. */
  private completeExecution(method: string, params: Record<string, unknown>): Record<string, unknown> {
    const execution = this.executions.get(String(params.function_execution_id));
    if (!execution) return { ok: false, error: 'function_execution_not_found' };
    if (execution.state !== 'running') return { ok: false, error: 'execution_not_in_running_state' };
    if (method === 'functions.completeError') {
      if (typeof params.error !== 'string' || params.error === '')
        return { ok: false, error: 'invalid_arguments' };
      execution.state = 'failed';
      execution.error = params.error;
      return { ok: true };
    }
    const outputs = (typeof params.outputs === 'string' ? JSON.parse(params.outputs) : params.outputs) as
      | Record<string, unknown>
      | undefined;
    const problem = outputProblem(this.declaredSteps[execution.callbackId], outputs ?? {});
    if (problem) return { ok: false, error: 'parameter_validation_failed', errors: [problem] };
    execution.state = 'completed';
    execution.outputs = outputs ?? {};
    return { ok: true };
  }

  private nextTs(): string {
    this.sequence += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.sequence).padStart(6, '0')}`;
  }

  private channelFor(id: string): { channel?: Channel; error?: Record<string, unknown> } {
    if (id.startsWith('U')) {
      // Posting to a user id goes to the bot's DM with that user.
      const dm = `D${id.slice(1)}`;
      if (!this.channels.has(dm)) this.addChannel(dm, 'im', { botIsMember: true });
      return { channel: this.channels.get(dm) };
    }
    if (this.anyChannel && !this.channels.has(id)) this.addChannel(id, 'public');
    const channel = this.channels.get(id);
    if (!channel) return { error: { ok: false, error: 'channel_not_found' } };
    if (channel.archived) return { error: { ok: false, error: 'is_archived' } };
    if (!channel.botIsMember) {
      // Slack hides private conversations from non-members entirely.
      return {
        error: { ok: false, error: channel.kind === 'public' ? 'not_in_channel' : 'channel_not_found' },
      };
    }
    return { channel };
  }

  private postMessage(params: Record<string, unknown>): Record<string, unknown> {
    const id = String(params.channel);
    const { channel, error } = this.channelFor(id);
    if (error || !channel) return error ?? { ok: false, error: 'channel_not_found' };
    const blocks = params.blocks as unknown[] | undefined;
    if (!params.text && !blocks) return { ok: false, error: 'no_text' };
    const problem = blockProblem(blocks ?? [], 'message') ?? this.imageProblem(blocks ?? []);
    if (problem) return { ok: false, error: problem.code, errors: [problem.detail] };
    if (params.thread_ts && !channel.messages.has(String(params.thread_ts)))
      return { ok: false, error: 'thread_not_found' };
    const ts = this.nextTs();
    channel.messages.set(ts, {
      text: params.text,
      metadata: params.metadata,
      blocks,
      ...(params.thread_ts ? { threadTs: String(params.thread_ts) } : {}),
    });
    const tally = this.postsPerChannel.get(id) ?? { count: 0, lastAt: 0 };
    this.postsPerChannel.set(id, { count: tally.count + 1, lastAt: Date.now() });
    const channelId = id.startsWith('U') ? `D${id.slice(1)}` : id;
    return { ok: true, channel: channelId, ts, message: { ts, text: params.text, blocks } };
  }

  /** Newest first, from `oldest` on; metadata only when asked for with include_all_metadata. */
  private history(params: Record<string, unknown>): Record<string, unknown> {
    // As Slack does: an archived channel's history stays readable; only posting there is refused.
    const id = String(params.channel);
    const archived = this.channels.get(id)?.archived === true;
    const { channel, error } = archived
      ? { channel: this.channels.get(id), error: undefined }
      : this.channelFor(id);
    if (error || !channel) return error ?? { ok: false, error: 'channel_not_found' };
    // As Slack does: newest first, between oldest and latest, at most `limit` (default 100), has_more beyond.
    const oldest = Number(params.oldest ?? 0);
    const latest = params.latest === undefined ? Number.POSITIVE_INFINITY : Number(params.latest);
    const limit = Number(params.limit ?? 100);
    const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
    const inRange = [...channel.messages]
      .filter(([ts]) => Number(ts) >= oldest && Number(ts) <= latest)
      .reverse();
    const messages = inRange.slice(0, limit).map(([ts, message]) => ({
      type: 'message',
      user: this.botUserId,
      bot_id: this.botId,
      ts,
      text: message.text,
      ...(withMetadata && message.metadata ? { metadata: message.metadata } : {}),
    }));
    return {
      ok: true,
      messages,
      has_more: inRange.length > limit,
      response_metadata: { next_cursor: '' },
    };
  }

  /** An image block may show a file by id only once the file was uploaded and completed. */
  private imageProblem(blocks: unknown[]): { code: string; detail: string } | undefined {
    for (const block of blocks as Record<string, any>[]) {
      if (block.type !== 'image' || !block.slack_file) continue;
      const upload = this.uploads.get(String(block.slack_file.id));
      if (!upload?.completed) {
        return { code: 'invalid_blocks', detail: `downloading image failed: ${block.slack_file.id}` };
      }
      if (typeof block.alt_text !== 'string' || block.alt_text.length === 0) {
        return { code: 'invalid_blocks', detail: 'image without alt_text' };
      }
    }
    return undefined;
  }

  private acceptView(view: unknown, expected: 'modal' | 'home'): Record<string, unknown> {
    if (typeof view !== 'object' || view === null) return { ok: false, error: 'invalid_arguments' };
    const v = view as {
      type?: string;
      title?: { text?: string };
      blocks?: unknown[];
      private_metadata?: string;
    };
    if (v.type !== expected)
      return { ok: false, error: 'invalid_arguments', errors: [`view type must be ${expected}`] };
    if ((v.title?.text?.length ?? 0) > 24)
      return { ok: false, error: 'invalid_arguments', errors: ['title over 24'] };
    if ((v.private_metadata?.length ?? 0) > 3000)
      return { ok: false, error: 'invalid_arguments', errors: ['private_metadata over 3000'] };
    const problem = blockProblem(v.blocks ?? [], 'view') ?? this.imageProblem(v.blocks ?? []);
    if (problem) return { ok: false, error: 'invalid_arguments', errors: [problem.detail] };
    const id = `V${++this.sequence}`;
    return { ok: true, view: { ...v, id, hash: `${id}.hash`, state: { values: {} } } };
  }
}

/** One run of a workflow step, as the stand-in keeps it. */
export interface StepExecution {
  callbackId: string;
  state: 'running' | 'completed' | 'failed' | 'ended_by_workflow';
  outputs?: Record<string, unknown>;
  error?: string;
}

/** A step as a manifest's `functions` declares it (the parts the stand-in checks). */
export interface DeclaredStep {
  input_parameters?: { properties?: Record<string, DeclaredParameter>; required?: string[] };
  output_parameters?: { properties?: Record<string, DeclaredParameter>; required?: string[] };
}

export interface DeclaredParameter {
  type: string;
  title?: string;
  description?: string;
}

/** Why outputs do not fit a declared step (an unknown, missing or mistyped output), as Slack refuses them. */
function outputProblem(step: DeclaredStep | undefined, outputs: Record<string, unknown>): string | undefined {
  if (!step) return undefined;
  const declared = step.output_parameters?.properties ?? {};
  for (const name of step.output_parameters?.required ?? []) {
    if (outputs[name] === undefined) return `missing required output ${name}`;
  }
  for (const [name, value] of Object.entries(outputs)) {
    const type = declared[name]?.type;
    if (!type) return `unknown output ${name}`;
    const fits =
      type === 'integer'
        ? Number.isInteger(value)
        : type === 'number'
          ? typeof value === 'number'
          : type === 'boolean'
            ? typeof value === 'boolean'
            : typeof value === 'string';
    if (!fits) return `output ${name} is not a ${type}`;
  }
  return undefined;
}

/** Slack's limits for a message or view, checked the way Slack rejects them. */
function blockProblem(
  blocks: unknown[],
  surface: 'message' | 'view',
): { code: string; detail: string } | undefined {
  const max = surface === 'message' ? 50 : 100;
  if (blocks.length > max) return { code: 'invalid_blocks', detail: `more than ${max} blocks` };
  const ids = new Set<string>();
  let tables = 0;
  let text = 0;
  for (const block of blocks as Record<string, any>[]) {
    if (block.block_id) {
      if (ids.has(block.block_id))
        return { code: 'invalid_blocks', detail: `duplicate block_id ${block.block_id}` };
      ids.add(block.block_id);
    }
    if (block.type === 'table') tables += 1;
    if (block.type === 'section' && (block.text?.text?.length ?? 0) > 3000) {
      return { code: 'invalid_blocks', detail: 'section text over 3000' };
    }
    if (block.type === 'header' && (block.text?.text?.length ?? 0) > 150) {
      return { code: 'invalid_blocks', detail: 'header text over 150' };
    }
    text += countText(block);
  }
  if (surface === 'message' && tables > 1)
    return { code: 'invalid_attachments', detail: 'only one table per message' };
  if (surface === 'message' && text > 12_000)
    return { code: 'msg_blocks_too_long', detail: `${text} characters` };
  return undefined;
}

function countText(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countText(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) => sum + (key === 'text' && typeof item === 'string' ? item.length : countText(item)),
    0,
  );
}

function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = JSON_PARAMS.has(key) ? JSON.parse(value) : value;
  }
  return params;
}

/** The file in an upload: the first part of a multipart form (as the SDK sends it), or the body itself. */
function fileBytes(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!contentType?.startsWith('multipart/form-data') || !boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd);
  if (start < 0 || headersEnd < 0 || end < 0) return body;
  return body.subarray(headersEnd + 4, end);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
