import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once per run with `npm run build` itself (tsc, then the bot bundled into dist/app.js), so
 * process-level tests exercise exactly what the bin and `npm start` run.
 */
export default function buildOnce(): void {
  if (!process.env.TEST_DATABASE_URL) {
    process.stdout.write(
      '\nPostgreSQL suites SKIPPED: TEST_DATABASE_URL is not set. Storage and scheduler tests run on SQLite only.\n' +
        'Set it (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test) to run them on PostgreSQL too.\n\n',
    );
  }
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
}
