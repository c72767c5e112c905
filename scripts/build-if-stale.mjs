// `npm start` runs this first: it builds only when dist/ is missing or older than what it is built from, so a
// start with a current build goes straight to `node dist/app.js` (about 0.5 s, against 3 s with a rebuild).
// A production install holds dist/ without src/ or this script; `prestart` skips it there.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['dist/app.js', 'dist/cli/main.js'];
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'rolldown.config.mjs',
  'scripts/bundle.mjs',
];

/** The newest modification time under a file or folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (existsSync('src')) {
  const built = OUTPUTS.every((output) => existsSync(output));
  const builtAt = built ? Math.min(...OUTPUTS.map((output) => statSync(output).mtimeMs)) : 0;
  const changedAt = Math.max(...INPUTS.filter((input) => existsSync(input)).map(newest));
  if (!built || changedAt > builtAt) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    process.exit(result.status ?? 1);
  }
}
