/**
 * Answers not yet fully posted, each with how to tell its asker that it was cut off. Shutdown waits for
 * answers in flight only so long (SHUTDOWN_GRACE_SECONDS); whoever's answer is still unfinished then is told,
 * rather than left with half a thread, or nothing, and no word.
 */
export class UnfinishedAnswers {
  private readonly entries = new Set<() => Promise<void>>();

  get size(): number {
    return this.entries.size;
  }

  /** Runs `work`, remembering `tellCutOff` until it settles. */
  async track<T>(tellCutOff: () => Promise<void>, work: () => Promise<T>): Promise<T> {
    this.entries.add(tellCutOff);
    try {
      return await work();
    } finally {
      this.entries.delete(tellCutOff);
    }
  }

  /** Tells every asker still waiting, at once; gives up on those not told within `timeoutMs`. */
  async tellAll(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    const told = Promise.allSettled([...this.entries].map((tell) => tell()));
    await Promise.race([told, late]).finally(() => clearTimeout(timer));
  }
}
