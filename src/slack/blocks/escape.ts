/** Every character one of the rules in escapeUserText starts from. */
const MAY_NEED_ESCAPING = /[&<>@:.*~`_]/;

/**
 * The invisible character that defuses user text: a zero-width joiner. Screen readers skip it and the text
 * reads as typed, with its own letters (look-alike characters, used before, were read out as "asterisk
 * operator" and broke search).
 */
export const JOINER = '\u200D';

/**
 * User text (a team name, an unknown subcommand) shown in Slack must read as typed and do nothing else: no
 * @channel ping, no link, no mention, no formatting. Slack's mrkdwn treats `<...>` as a control sequence, so
 * &, < and > are escaped as Slack documents; broadcast words and bare URLs, which clients turn into pings and
 * links even without brackets, are broken with a zero-width joiner, and each bold, italic, strike or code
 * marker (*, _, ~, `) is fenced by one on both sides, so it never touches the text it would format.
 */
export function escapeUserText(text: string): string {
  // Most names ("Search team", "Team 7") hold none of the characters any rule below acts on.
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/@(channel|here|everyone)/gi, `@${JOINER}$1`)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${JOINER}//`)
    .replace(/(\w)\.(?=[a-z])/gi, `$1${JOINER}.`)
    .replace(/[*_~`]/g, (marker) => `${JOINER}${marker}${JOINER}`);
}

/** For plain_text objects, which Slack never parses: only the length needs care. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
