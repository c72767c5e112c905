/**
 * Every `/aiteam` subcommand, in the order help lists them. This one table drives the router (its handlers are
 * keyed by these names, so a subcommand cannot be routed without being listed, or listed without a route),
 * `/aiteam help`, the manifests' usage hint and the README's command list; test/subcommands.test.ts checks
 * the last two, which are files Slack and readers see, against it.
 */
export const COMMAND = '/aiteam';

export interface Subcommand {
  /** What the person types after `/aiteam`; empty for the command alone. */
  name: string;
  /** Arguments, as shown in usage (`[pilot|production|scale]`). */
  args?: string;
  does: string;
}

export const SUBCOMMANDS = [
  {
    name: '',
    does: 'Open the questionnaire about your team; the advice is posted here, with details in a thread.',
  },
  { name: 'help', does: 'This list.' },
  {
    name: 'grid',
    args: '[pilot|production|scale]',
    does: "The playbook's grid: each role's seat at each stage, and headcount bands.",
  },
  { name: 'roles', does: 'What each seat owns, and how an AI engineer differs from an ML engineer.' },
  {
    name: 'history',
    does: "This channel's assessments over time: stage, headcount, gaps and stall points, and what changed.",
  },
  {
    name: 'remind',
    does: 'Set a reminder to revisit the team: once, every few weeks, monthly or quarterly.',
  },
  { name: 'reminders', does: "This channel's reminders, with Edit and Cancel." },
  {
    name: 'plan',
    args: '[export]',
    does: 'The hiring plan across every team you can see, sent to you by DM: seats to fill in order, shared platforms, a picture and a line per team. With `export`: as Markdown and CSV files.',
  },
  {
    name: 'export',
    args: '[me]',
    does: "This channel's assessments and reminders, sent to you by DM as JSON and CSV; with `me`, what you wrote anywhere in the workspace (what `forget me` deletes).",
  },
  {
    name: 'forget',
    args: '[me]',
    does: "Delete this channel's assessments and reminders; with `me`, what you wrote anywhere in the workspace. A confirmation says what will go.",
  },
] as const satisfies readonly Subcommand[];

export type SubcommandName = (typeof SUBCOMMANDS)[number]['name'];

/** `/aiteam grid [pilot|production|scale]`, as typed. */
export function usageOf(subcommand: Subcommand): string {
  return [COMMAND, subcommand.name, subcommand.args].filter(Boolean).join(' ');
}

/** The manifests' `usage_hint`: every subcommand, the bare command left out (Slack shows it already). */
export function usageHint(): string {
  const named: readonly Subcommand[] = SUBCOMMANDS.filter((subcommand) => subcommand.name !== '');
  return `[${named.map((subcommand) => [subcommand.name, subcommand.args].filter(Boolean).join(' ')).join(' | ')}]`;
}

/** The README's command list: one Markdown bullet per subcommand. */
export function markdownCommandList(): string {
  const all: readonly Subcommand[] = SUBCOMMANDS;
  return all.map((subcommand) => `- \`${usageOf(subcommand)}\`: ${subcommand.does}`).join('\n');
}
