import type { Assessment, Playbook, TeamProfile } from '../advisor/index.js';
import { buildAnswer } from '../slack/answer-team.js';
import type { SlackMessage } from '../slack/blocks/limits.js';

/** Stand-ins for the ids Slack would supply, when the person does not give real ones. */
export const PLACEHOLDER_CHANNEL = 'C0000000000';
export const PLACEHOLDER_USER = 'U0000000000';

const BUILDER = 'https://app.slack.com/block-kit-builder/#';

/** One chat.postMessage the bot would make, with a link that opens its blocks in Slack's Block Kit Builder. */
export interface PreviewMessage {
  /** `parent` in the channel, or `reply N of M` in its thread. */
  message: string;
  channel: string;
  /** Replies go in the parent's thread; Slack assigns the parent's ts when it is posted. */
  thread_ts?: string;
  text: string;
  blocks: SlackMessage['blocks'];
  blockKitBuilder: string;
}

/** The Block Kit Builder opens whatever `{"blocks": [...]}` follows the `#`, URL-encoded. */
export function blockKitBuilderUrl(message: SlackMessage): string {
  return `${BUILDER}${encodeURIComponent(JSON.stringify({ blocks: message.blocks }))}`;
}

/** The answer the bot would post for this team, in the order it posts it, built by the bot's own builder. */
export function slackPreview(
  assessment: Assessment,
  profile: TeamProfile,
  playbook: Playbook,
  where: { channelId: string; userId: string },
): PreviewMessage[] {
  const { parent, replies } = buildAnswer(assessment, { ...where, profile }, playbook);
  const item = (message: SlackMessage, label: string, threaded: boolean): PreviewMessage => ({
    message: label,
    channel: where.channelId,
    ...(threaded ? { thread_ts: "(the parent message's ts)" } : {}),
    text: message.text,
    blocks: message.blocks,
    blockKitBuilder: blockKitBuilderUrl(message),
  });
  return [
    item(parent, 'parent', false),
    ...replies.map((reply, index) => item(reply, `reply ${index + 1} of ${replies.length}`, true)),
  ];
}

/**
 * What `--format slack` prints by default: each message's name beside its Block Kit Builder link, first and
 * short, so the links are not buried in the JSON (which `--json` or `--output FILE` gives).
 */
export function previewLinks(messages: readonly PreviewMessage[], jsonFile: string | undefined): string {
  const lines = messages.map((message) => `${message.message}: ${message.blockKitBuilder}`);
  const json = jsonFile
    ? `The messages as JSON (text, blocks, channel) are in ${jsonFile}.`
    : 'The messages as JSON (text, blocks, channel): add --json, or --output FILE.';
  return `${messages.length} messages the bot would post, each opening in Slack's Block Kit Builder:\n\n${lines.join('\n\n')}\n\n${json}\n`;
}
