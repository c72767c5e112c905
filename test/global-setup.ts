import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once per run as `npm run build` does (tsc, then the bot bundled into dist/app.js), so
 * process-level tests exercise exactly what the bin and `npm start` run.
 */
export default function buildOnce(): void {
  const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));
  if (!process.env.TEST_DATABASE_URL) {
    process.stdout.write(
      '\nPostgreSQL suites SKIPPED: TEST_DATABASE_URL is not set. Storage and scheduler tests run on SQLite only.\n' +
        'Set it (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test) to run them on PostgreSQL too.\n\n',
    );
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(tsc, ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
  const rolldown = fileURLToPath(new URL('../node_modules/.bin/rolldown', import.meta.url));
  execFileSync(rolldown, ['-c', 'rolldown.config.mjs', '--log-level', 'warn'], {
    stdio: 'inherit',
    cwd: root,
  });
}
