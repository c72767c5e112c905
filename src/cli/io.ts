import type { Readable, Writable } from 'node:stream';

/** The process's streams and environment, passed in so the CLI can be driven from tests. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}
