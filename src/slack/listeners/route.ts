/**
 * One Bolt listener per Slack surface, handing each request to the small listener for its id. Bolt runs the
 * matchers of every registered listener for every request it receives (each an async chain of its own), so
 * fifteen listeners cost every request, even `/aiteam help`, about 40 µs of CPU more than six (a CPU profile
 * under `npm run bench`'s load). The routing tables in each surface's index.ts keep every listener registered
 * in one place.
 */
export interface Route<Args> {
  /** Matches exactly the ids in the table, for Bolt's constraint: other ids stay unhandled, as before. */
  pattern: RegExp;
  listener: (args: Args) => Promise<void>;
}

export function route<Args>(
  listeners: Readonly<Record<string, (args: Args) => Promise<void>>>,
  idOf: (args: Args) => string | undefined,
): Route<Args> {
  const ids = Object.keys(listeners).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    pattern: new RegExp(`^(?:${ids.join('|')})$`),
    async listener(args) {
      const id = idOf(args);
      const listener = id === undefined ? undefined : listeners[id];
      // Unreachable while Bolt applies `pattern`; a loud failure (logged by the app's error handler) if not.
      if (!listener) throw new Error(`no listener for "${id}"`);
      await listener(args);
    },
  };
}
