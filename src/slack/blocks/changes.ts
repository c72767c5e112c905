import {
  type AssessmentSummary,
  type Changes,
  countNoun,
  type Playbook,
  type StageId,
} from '../../advisor/index.js';

/** The changes between two assessments, a phrase each, in the order a reader cares about. */
export function describeChanges(changes: Changes, playbook: Playbook): string[] {
  const seat = (role: keyof Playbook['roles']) => playbook.roles[role].shortName;
  const lines: string[] = [];
  if (changes.stage) {
    lines.push(
      `stage ${playbook.stages[changes.stage.from].name} → ${playbook.stages[changes.stage.to].name}`,
    );
  }
  if (changes.headcount) lines.push(`headcount ${changes.headcount.from} → ${changes.headcount.to}`);
  if (changes.gapsClosed.length > 0) lines.push(`filled: ${changes.gapsClosed.map(seat).join(', ')}`);
  if (changes.resolved.length > 0)
    lines.push(`resolved: ${changes.resolved.map((point) => point.title).join('; ')}`);
  if (changes.gapsOpened.length > 0) lines.push(`now open: ${changes.gapsOpened.map(seat).join(', ')}`);
  if (changes.appeared.length > 0)
    lines.push(`new: ${changes.appeared.map((point) => point.title).join('; ')}`);
  return lines;
}

/** A Slack date that each reader sees in their own time zone, with a plain fallback. */
export function slackDate(date: Date, format = '{date_long}'): string {
  return `<!date^${Math.floor(date.getTime() / 1000)}^${format}|${date.toISOString().slice(0, 10)}>`;
}

/** "Production, 8 people (band 6 to 12, within)", or for a team on the move the band it was read against. */
export function stageAndSize(stage: StageId, summary: AssessmentSummary, playbook: Playbook): string {
  const name = playbook.stages[stage].name;
  const heading = summary.judgedAgainst && summary.judgedAgainst !== stage ? summary.judgedAgainst : null;
  const stageText = heading ? `${name} heading to ${playbook.stages[heading].name}` : name;
  const band = heading ? `${playbook.stages[heading].name.toLowerCase()} band` : 'band';
  return `${stageText}, ${countNoun(summary.headcount, 'person', 'people')} (${band} ${summary.band}, ${summary.position})`;
}
