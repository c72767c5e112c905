// The production install, as the README describes it, tried for real: dist/, manifests/ and the package files
// copied to an empty folder, `npm ci --omit=dev` there, then the CLI answers, the plan's picture renders, and
// the bot starts, serves /healthz against a minimal Slack Web API, and stops on SIGTERM. Run by .ci/run after
// `npm test` (which builds dist/). Exits non-zero, saying why, if any step fails.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHIPPED = ['dist', 'manifests', 'package.json', 'package-lock.json'];
const folder = mkdtempSync(join(tmpdir(), 'ai-team-advisor-production-'));

function fail(message) {
  process.stderr.write(`production install: ${message}\n`);
  process.exitCode = 1;
  throw new Error(message);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: folder, encoding: 'utf8', ...options });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/** Answers every Web API call as Slack would for a valid bot token: enough for start-up's auth.test. */
function fakeSlack() {
  const server = createServer((request, response) => {
    request.resume();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ ok: true, user_id: 'U0BOT', team_id: 'T0TEAM', bot_id: 'B0BOT' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Starts the bot with `command`, waits for /healthz to answer 200, then stops it with SIGTERM. */
async function startAndStop(command, args, slackUrl) {
  const child = spawn(command, args, {
    cwd: folder,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: 'xoxb-production-install-check',
      SLACK_SIGNING_SECRET: 'production-install-check',
      SLACK_API_URL: slackUrl,
      PORT: '0',
    },
    detached: true,
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  let port;
  for (let waited = 0; port === undefined; waited += 50) {
    const line = output.split('\n').find((candidate) => candidate.includes('AI Team Advisor is running'));
    if (line) port = JSON.parse(line).port;
    else if (child.exitCode !== null || waited > 20_000)
      fail(`${command} ${args.join(' ')} did not start:\n${output}`);
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  if (health.status !== 200) fail(`/healthz answered ${health.status}`);
  if (command !== 'node') {
    // npm does not pass SIGTERM on to the bot (it exits and leaves it running), which is why the README runs
    // `node dist/app.js` in production; here it is enough that `npm start` started it without building.
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    return;
  }
  child.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) fail(`${command} ${args.join(' ')} exited ${code} on SIGTERM:\n${output}`);
}

try {
  for (const entry of SHIPPED) {
    if (!existsSync(entry)) fail(`${entry} is missing: run npm run build first`);
    cpSync(entry, join(folder, entry), { recursive: true });
  }
  run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error']);
  for (const devOnly of ['typescript', 'vitest', 'rolldown', '@biomejs/biome']) {
    if (existsSync(join(folder, 'node_modules', devOnly)))
      fail(`${devOnly} was installed, but is development-only`);
  }
  const advice = run('node', [
    'dist/cli/main.js',
    'advise',
    '--stage=pilot',
    '--builds=foundation_apis',
    '--urgency=weeks',
    '--role=ai_engineer=2',
  ]);
  if (!advice.includes('AI team assessment')) fail(`the CLI printed no assessment:\n${advice}`);
  // The plan's picture needs resvg's native binary for this platform and the packaged font, both from
  // dependencies: a PNG drawn here proves they install without the development ones.
  const picture = run('node', [
    '--input-type=module',
    '-e',
    "const { renderPng } = await import('./dist/render/plan-picture/index.js');" +
      'const png = await renderPng(\'<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><text x="4" y="30">Team</text></svg>\');' +
      "process.stdout.write(Buffer.from(png.subarray(1, 4)).toString('latin1'));",
  ]);
  if (picture !== 'PNG') fail(`the plan's picture did not render a PNG: ${picture}`);

  const server = await fakeSlack();
  const slackUrl = `http://127.0.0.1:${server.address().port}/api/`;
  try {
    await startAndStop('node', ['dist/app.js'], slackUrl);
    await startAndStop('npm', ['start', '--silent'], slackUrl);
  } finally {
    server.close();
  }
  process.stdout.write(
    'production install: npm ci --omit=dev, the CLI, and the bot (node dist/app.js, npm start) all ran.\n',
  );
} catch (error) {
  if (process.exitCode !== 1) {
    process.stderr.write(`production install: ${error.message}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
