/**
 * Where people get help, send feedback and read the privacy policy: set by the operator (SUPPORT_URL,
 * PRIVACY_URL), named in help, App Home and the errors that ask people to get help.
 */
export interface SupportLinks {
  /** An https: page or a mailto: link (an email address is turned into one when the config is read). */
  supportUrl?: string | undefined;
  privacyUrl?: string | undefined;
}

export const FEEDBACK_ACTION_ID = 'send_feedback';

/** The support sentence when nobody was named: people are pointed to their admins. */
export const SUPPORT_FALLBACK_SENTENCE =
  'For help, ask a workspace admin: they can reach whoever runs AI Team Advisor for you.';

/**
 * Who to ask when something does not work: as mrkdwn (a link when the operator named one), or as plain text
 * for the places Slack shows no links in (a form field's error, a workflow step's error).
 */
export function supportSentence(links: SupportLinks, format: 'mrkdwn' | 'plain' = 'mrkdwn'): string {
  if (!links.supportUrl) return SUPPORT_FALLBACK_SENTENCE;
  const label = supportLabel(links.supportUrl);
  if (format === 'plain') {
    return `For help or to send feedback: ${label === 'support' ? links.supportUrl : label}.`;
  }
  return `For help or to send feedback: <${links.supportUrl}|${label}>.`;
}

/** An error that asks the person to try again or get help, followed by who to ask. */
export function withSupport(
  text: string,
  links: SupportLinks,
  format: 'mrkdwn' | 'plain' = 'mrkdwn',
): string {
  return `${text} ${supportSentence(links, format)}`;
}

/** What the bot keeps and how to remove it, with the policy's link when there is one. */
export function privacySentence(links: SupportLinks): string {
  const policy = links.privacyUrl ? `<${links.privacyUrl}|Privacy policy>. ` : '';
  return `${policy}\`/aiteam export\` sends you a channel's data; \`/aiteam forget\` deletes it, \`/aiteam forget me\` what you wrote.`;
}

/** The feedback link: a mailto: link gets a subject, so the message says what it is about. */
export function feedbackUrl(links: SupportLinks): string | undefined {
  if (!links.supportUrl) return undefined;
  if (!links.supportUrl.startsWith('mailto:') || links.supportUrl.includes('?')) return links.supportUrl;
  return `${links.supportUrl}?subject=${encodeURIComponent('AI Team Advisor feedback')}`;
}

function supportLabel(url: string): string {
  return url.startsWith('mailto:') ? url.slice('mailto:'.length) : 'support';
}
