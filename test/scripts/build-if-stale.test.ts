import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/build-if-stale.mjs', import.meta.url));

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-stale-'));
  // A project whose build only leaves a mark, so the test sees whether `npm start` would have built.
  await writeFile(
    join(folder, 'package.json'),
    JSON.stringify({ scripts: { build: "node -e \"require('fs').writeFileSync('built', '')\"" } }),
  );
  await mkdir(join(folder, 'src'));
  await mkdir(join(folder, 'dist', 'cli'), { recursive: true });
  await writeFile(join(folder, 'src', 'app.ts'), '');
  await writeFile(join(folder, 'dist', 'app.js'), '');
  await writeFile(join(folder, 'dist', 'cli', 'main.js'), '');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const at = (path: string, seconds: number) => utimes(join(folder, path), seconds, seconds);
const prestart = () => execFileSync(process.execPath, [SCRIPT], { cwd: folder, stdio: 'pipe' });

describe("npm start's build-if-stale step", () => {
  it('does not build when dist/ is newer than everything it is built from', async () => {
    for (const input of ['package.json', 'src/app.ts', 'src']) await at(input, 1_000);
    for (const output of ['dist/app.js', 'dist/cli/main.js']) await at(output, 2_000);
    prestart();
    expect(existsSync(join(folder, 'built'))).toBe(false);
  });

  it('builds when a source file changed after the build', async () => {
    await at('package.json', 1_000);
    for (const output of ['dist/app.js', 'dist/cli/main.js']) await at(output, 2_000);
    await at('src/app.ts', 3_000);
    prestart();
    expect(existsSync(join(folder, 'built'))).toBe(true);
  });

  it('builds when dist/ is missing', async () => {
    await rm(join(folder, 'dist'), { recursive: true });
    prestart();
    expect(existsSync(join(folder, 'built'))).toBe(true);
  });

  it('does nothing in a production install, which has no src/', async () => {
    await rm(join(folder, 'src'), { recursive: true });
    await at('package.json', 3_000);
    prestart();
    expect(existsSync(join(folder, 'built'))).toBe(false);
  });
});
