/** Every character one of the rules in escapeUserText starts from. */
const MAY_NEED_ESCAPING = /[&<>@:.*~`]/;

/**
 * User text (a team name, an unknown subcommand) shown in Slack must read as typed and do nothing else: no
 * @channel ping, no link, no mention, no formatting. Slack's mrkdwn treats `<...>` as a control sequence, so
 * &, < and > are escaped as Slack documents; broadcast words and bare URLs, which clients turn into pings and
 * links even without brackets, are broken with invisible or look-alike characters, as are the bold, strike
 * and code markers (*, ~, `).
 */
export function escapeUserText(text: string): string {
  // Most names ("Search team", "Team 7") hold none of the characters any rule below acts on.
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200B$1')
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200B//')
    .replace(/(\w)\.(?=[a-z]{2,}\b)/gi, '$1\u2024')
    .replaceAll('*', '\u2217')
    .replaceAll('~', '\u223C')
    .replaceAll('`', '\u02CB');
}

/** For plain_text objects, which Slack never parses: only the length needs care. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
