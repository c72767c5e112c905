/**
 * Waits until every request already waiting on the event loop has had its turn, so it is acknowledged before
 * the caller's next step. Slack gives an acknowledgement three seconds and a person feels far less; an answer
 * being posted has no deadline. Node runs I/O callbacks (an arriving request, whose listener acknowledges it)
 * in the poll phase of its loop and setImmediate callbacks after that phase, so answer work resumed here runs
 * after the requests that were waiting, instead of ahead of them. Measured with `npm run bench` (flat out):
 * the submission's acknowledgement median went from 6 to 10 ms to 3.5 to 4 ms, the bare Bolt app's figure.
 */
export function letWaitingRequestsGoFirst(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * How many answers are worked on at once; the rest wait their turn. Each answer is assessed, stored,
 * rendered and posted as five messages, and every Slack reply resumes its answer on the event loop, in line
 * with arriving requests: with every answer started at once, a burst of 400 submissions (on two shared cores)
 * left the last acknowledgements waiting behind thousands of those steps, p99 4.4 s, past Slack's three
 * seconds. Measured with `npm run bench`'s burst: 16 at once, p99 10.8 s (the machine busy); 4 at once,
 * 2.3 to 3.3 s, and every answer posted sooner (6 to 7.6 s against 13.6 s), since fewer chains interleave;
 * 2 at once gave no better acknowledgements and slower answers. Four answers in flight post faster than
 * Slack's own pacing (about one message a second per channel, a few hundred a minute per workspace) allows.
 */
export const ANSWERS_AT_ONCE = 4;

/** A queue for answer work: at most `size` run at once, each started after waiting requests went first. */
export class AnswerSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number = ANSWERS_AT_ONCE) {}

  /** Answers waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active += 1;
    // A finished answer hands its slot straight to the next in line (the count stays).
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      await letWaitingRequestsGoFirst();
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
