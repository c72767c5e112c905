import {
  assess,
  getDefaultPlaybook,
  planHiring,
  summarize,
  type TeamOnRecord,
  teamProfileSchema,
} from '../../src/advisor/index.js';
import { blockKitBuilderUrl } from '../../src/cli/slack-preview.js';
import { buildAnswer } from '../../src/slack/answer-team.js';
import { homeView } from '../../src/slack/blocks/home-view.js';
import { homePlanBlocks, planMessages } from '../../src/slack/blocks/plan-messages.js';
import { slackTeamNamer } from '../../src/slack/plan/plan-teams.js';

/** The example teams the listing's screenshots show: fixed, so the links in docs/listing.md stay the same. */
const playbook = getDefaultPlaybook();
const AS_OF = new Date('2026-06-01T00:00:00Z');
const TEAMS = [
  {
    name: 'Checkout assistant',
    stage: 'pilot',
    roles: { ai_engineer: { inHouse: 2 }, ai_pm: { inHouse: 1 }, mlops: { augmented: 1 } },
  },
  {
    name: 'Search ranking',
    stage: 'production',
    roles: { ai_engineer: { inHouse: 3 }, backend: { inHouse: 2 }, data_engineer: { inHouse: 1 } },
  },
  {
    name: 'Support copilot',
    stage: 'pilot',
    roles: { ai_engineer: { inHouse: 1 }, frontend_design: { inHouse: 1 } },
  },
].map((team) =>
  teamProfileSchema.parse({
    builds: 'foundation_apis',
    urgency: 'this_quarter',
    headingToNext: true,
    practices: ['eval_set'],
    ...team,
  }),
);

/** The three screens a listing shows: an answer's parent message, App Home, and a plan's first message. */
export function listingPreviews(): { answer: string; home: string; plan: string } {
  const [first] = TEAMS;
  if (!first) throw new Error('no example team');
  const where = { channelId: 'C0000000000', userId: 'U0000000000' };
  const answer = buildAnswer(assess(first, playbook), { ...where, profile: first }, playbook).parent;
  const records: TeamOnRecord[] = TEAMS.map((profile, index) => ({
    id: `C000000000${index}/team`,
    channelId: `C000000000${index}`,
    source: null,
    assessedAt: new Date('2026-05-20T00:00:00Z'),
    profile,
  }));
  const plan = planHiring(records, AS_OF, playbook);
  const namer = slackTeamNamer(plan);
  const recent = TEAMS.map((profile, index) => ({
    id: String(index),
    workspaceId: 'T0000000000',
    enterpriseId: null,
    channelId: `C000000000${index}`,
    userId: where.userId,
    teamName: profile.name,
    stage: profile.stage,
    createdAt: new Date('2026-05-20T00:00:00Z'),
    profile,
    summary: summarize(assess(profile, playbook)),
    sharedWithPlan: false,
  }));
  const home = homeView(recent, [], playbook, homePlanBlocks(plan, namer, { kind: 'none' }), {
    supportUrl: 'https://example.com/support',
    privacyUrl: 'https://example.com/privacy',
  });
  const [planFirst] = planMessages(plan, namer, { kind: 'none' }, { mayReassess: () => true });
  if (!planFirst) throw new Error('no plan message');
  return {
    answer: blockKitBuilderUrl(answer),
    home: `https://app.slack.com/block-kit-builder/#${encodeURIComponent(JSON.stringify(home))}`,
    plan: blockKitBuilderUrl(planFirst),
  };
}
