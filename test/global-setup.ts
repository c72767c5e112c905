import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds dist/ once per run, so process-level tests exercise exactly what the bin and `npm start` run. */
export default function buildOnce(): void {
  const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));
  execFileSync(tsc, ['-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
}
