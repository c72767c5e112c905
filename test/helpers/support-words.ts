/**
 * The words an error that asks for another try ends with when no SUPPORT_URL is set, written down here so
 * tests check the product's wording against a fixed expectation, not against its own helper.
 */
export const ASK_AN_ADMIN =
  'For help, ask a workspace admin: they can reach whoever runs AI Team Advisor for you.';

/** An error text followed by the words pointing to the workspace's admins. */
export function thenAskAnAdmin(text: string): string {
  return `${text} ${ASK_AN_ADMIN}`;
}
