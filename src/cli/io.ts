import type { Readable, Writable } from 'node:stream';

/** The process's streams and environment, passed in so the CLI can be driven from tests. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  /** A terminal's `isTTY` and `columns` set the width text output wraps to. */
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: Record<string, string | undefined>;
}
