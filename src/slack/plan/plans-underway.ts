import { type SupportLinks, withSupport } from '../blocks/support.js';

/** People with a plan on its way at once, at most; beyond it a request is refused (see begin). */
const MAX_UNDERWAY = 1_000;

export const PLAN_ALREADY_ON_ITS_WAY =
  'Your hiring plan is already on its way to your DMs, so I did not start another. Ask again once it has arrived.';
export const PLANS_BUSY =
  'So many hiring plans are being made right now that yours would wait a long time. Please try again in a few minutes.';

/**
 * One plan (or plan export) on its way per person and workspace: two at once would interleave their messages
 * in the same DM. An entry lives from the request to the plan's last message or failure, so the set holds
 * only plans underway, and never more than MAX_UNDERWAY of them.
 */
export class PlansUnderway {
  private readonly underway = new Set<string>();

  constructor(
    private readonly max = MAX_UNDERWAY,
    /** Who to ask when a plan does not come: named in every refusal. */
    private readonly support: SupportLinks = {},
  ) {}

  get size(): number {
    return this.underway.size;
  }

  /**
   * Marks the person's plan as on its way and gives the function that clears the mark (call it when the
   * plan was sent or failed), or, with the words to tell the person, why it may not start.
   */
  begin(workspaceId: string, userId: string): { end: () => void } | { refused: string } {
    const key = `${workspaceId}/${userId}`;
    if (this.underway.has(key)) return { refused: withSupport(PLAN_ALREADY_ON_ITS_WAY, this.support) };
    if (this.underway.size >= this.max) return { refused: withSupport(PLANS_BUSY, this.support) };
    this.underway.add(key);
    return { end: () => this.underway.delete(key) };
  }
}
