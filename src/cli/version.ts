import { readFileSync } from 'node:fs';

/**
 * The installed package's version, read from its package.json (two folders up from both src/cli/ and
 * dist/cli/), so `--version` can never disagree with what npm installed.
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
