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

/** Who to ask when something does not work, as mrkdwn (a link when the operator named one). */
export function supportSentence(links: SupportLinks): string {
  if (!links.supportUrl) {
    return 'For help, ask a workspace admin: they can reach whoever runs AI Team Advisor for you.';
  }
  return `For help or to send feedback: <${links.supportUrl}|${supportLabel(links.supportUrl)}>.`;
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
