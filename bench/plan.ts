import { STAGE_IDS } from '../src/advisor/index.js';
import { team } from '../test/helpers/teams.js';
import { startBot } from '../test/slack/harness.js';
import { ms } from './stats.js';

const ADMIN = 'U0BENCHADMIN';

/** One `/aiteam plan` as the bench saw it: its acknowledgement, each step the bot logged, and the last post. */
interface PlanRun {
  ack: number;
  load: number;
  build: number;
  render: number;
  upload: number;
  post: number;
  lastMessage: number;
  messages: number;
  picture: string;
  /** `/aiteam help` acknowledgements sent one after another while the plan was being made and sent. */
  others: number[];
}

/**
 * `/aiteam plan` over `teams` stored teams, sent as a workspace admin (who sees them all) through the real Bolt
 * app and HTTP endpoint, against the Slack stand-in, both in this process: the acknowledgement, the steps the
 * bot logs (reading the teams, planHiring, drawing the PNG, uploading it, posting), and from the command sent
 * to the plan's last message recorded by the stand-in. One warm-up run first, left out.
 */
export async function planBenchmark(teams: number, runs: number): Promise<PlanRun[]> {
  const bot = await startBot({ logLevel: 'info' });
  try {
    bot.standIn.setUser(ADMIN, { is_admin: true });
    const now = Date.now();
    for (let index = 0; index < teams; index += 1) {
      const stage = STAGE_IDS[index % STAGE_IDS.length] ?? 'pilot';
      const name = `Team ${index}`;
      await bot.store.save({
        workspaceId: bot.standIn.workspaceId,
        channelId: `CBENCH${index}`,
        userId: `U${index}`,
        teamName: name,
        stage,
        createdAt: new Date(now - (index % 150) * 24 * 60 * 60 * 1000),
        profile: team({
          name,
          stage,
          builds: index % 4 === 0 ? 'both' : 'foundation_apis',
          urgency: index % 3 === 0 ? 'weeks' : 'this_quarter',
          roles: {
            ai_engineer: 1 + (index % 4),
            backend: index % 3,
            ai_pm: index % 2,
            data_engineer: index % 5 === 0 ? 1 : 0,
            mlops: index % 7 === 0 ? 1 : 0,
          },
          practices: index % 2 === 0 ? ['eval_set'] : [],
        }),
        summary: { headcount: 4, band: '2 to 5', position: 'within', stallPoints: [], gaps: [], covered: [] },
      });
    }
    const results: PlanRun[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const logged = bot.logs.lines.filter((line) => line.msg === 'sent the hiring plan').length;
      const posts = bot.standIn.callsTo('chat.postMessage').length;
      const sentAt = Date.now();
      const started = performance.now();
      const response = await bot.driver.command('plan', { userId: ADMIN });
      const ack = performance.now() - started;
      if (response.status !== 200) throw new Error(`/aiteam plan answered HTTP ${response.status}`);
      let line: Record<string, any> | undefined;
      const others: number[] = [];
      // Someone else's command meanwhile, one after another until the plan is out: how long its
      // acknowledgement waits behind the plan's work on the same event loop.
      for (;;) {
        line = bot.logs.lines.filter((entry) => entry.msg === 'sent the hiring plan')[logged];
        if (line) break;
        const other = performance.now();
        await bot.driver.command('help', { userId: 'U0SOMEONE' });
        others.push(performance.now() - other);
      }
      const last = bot.standIn.callsTo('chat.postMessage').slice(posts).at(-1);
      if (run === 0) continue;
      results.push({
        ack,
        ...line.timingsMs,
        lastMessage: (last?.at ?? sentAt) - sentAt,
        messages: line.messages,
        picture: line.picture,
        others,
      });
    }
    return results;
  } finally {
    await bot.stop();
  }
}

/** The section's Markdown: medians and the slowest of the runs. */
export async function planSection(teams: number, runs: number): Promise<string[]> {
  const results = await planBenchmark(teams, runs);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const max = (values: number[]) => Math.max(...values);
  const others = results.flatMap((result) => result.others);
  const row = (label: string, field: keyof Omit<PlanRun, 'messages' | 'picture' | 'others'>) => {
    const values = results.map((result) => result[field]);
    return `| ${label} | ${ms(median(values))} | ${ms(max(values))} |`;
  };
  return [
    `## 7. The hiring plan: \`/aiteam plan\` over ${teams.toLocaleString('en-US')} teams`,
    '',
    `As a workspace admin (every team visible), through the real endpoint against the stand-in, both in one process; ${runs} runs after a warm-up. The plan went out as ${results[0]?.messages ?? 0} messages, picture: ${results[0]?.picture ?? 'none'}.`,
    '',
    '| Step | median | slowest |',
    '|---|---|---|',
    row('acknowledgement (command sent → HTTP answer)', 'ack'),
    row('reading the teams and who may see them', 'load'),
    row('building the plan (planHiring)', 'build'),
    row('drawing the PNG', 'render'),
    row('uploading the PNG', 'upload'),
    row('posting every message', 'post'),
    row('command sent → last message posted', 'lastMessage'),
    `| meanwhile, another person's \`/aiteam help\` acknowledgement (${others.length} sent one after another) | ${ms(median(others))} | ${ms(others.length > 0 ? max(others) : 0)} |`,
    '',
  ];
}
