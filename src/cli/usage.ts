import { getDefaultPlaybook, ROLE_IDS } from '../advisor/index.js';
import { roleName } from '../content/roles.js';

/** A mistake in how the CLI was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const FORMATS = ['text', 'markdown', 'json'] as const;
/** advise also prints the Slack messages the bot would post. */
export const ADVISE_FORMATS = [...FORMATS, 'slack'] as const;
/** plan also draws its picture. */
export const PLAN_FORMATS = [...FORMATS, 'png', 'csv'] as const;
export type Format = (typeof ADVISE_FORMATS)[number] | (typeof PLAN_FORMATS)[number];

export const GRID_HELP = `ai-team-advisor grid [pilot|production|scale]

Prints the playbook's grid: each role's seat at each stage, and each stage's typical headcount.
Give a stage to see only that stage, with what each level means.

Options: --format text|markdown|json, --playbook FILE
`;

export const ROLES_HELP = `ai-team-advisor roles

Prints what each seat on an AI team owns, and how an AI engineer differs from an ML engineer
(the same as /aiteam roles in Slack).

Options: --format text|markdown|json, --playbook FILE
`;

/** Each role's key beside its name, two to a line: "ai_engineer      AI engineer". */
function roleKeys(): string {
  const playbook = getDefaultPlaybook();
  const cells = ROLE_IDS.map((id) => `${id.padEnd(16)} ${roleName(playbook, id)}`.padEnd(44));
  const lines: string[] = [];
  for (let index = 0; index < cells.length; index += 2) {
    lines.push(
      `    ${cells
        .slice(index, index + 2)
        .join('')
        .trimEnd()}`,
    );
  }
  return lines.join('\n');
}

export const ADVISE_HELP = `ai-team-advisor advise

Assesses a team and prints its role grid, likely stall points, build / hire / augment suggestions and
next-stage readiness. Give the team by flags, by a JSON or YAML file (or piped on standard input), or
answer questions in a terminal.

Profile flags:
  --stage STAGE            pilot, production or scale (required; values in any case)
  --builds WHAT            foundation_apis, custom_models or both (required)
  --urgency WHEN           weeks, this_quarter or no_rush (required)
  --role ROLE=N            in-house people in a role; repeat for each role
  --augmented ROLE=N       contractors or agency people in a role; repeat as needed
  --practice PRACTICE      a practice in place; repeat, or separate with commas:
                           eval_set, eval_owner, monitoring, governed_data, security_review
  --heading-to-next        the team expects to move to the next stage soon
  --name NAME              the team's name (at most 80 characters)

  Roles, by the key ROLE takes:
${roleKeys()}

Other input:
  --profile FILE           read the profile from a JSON or YAML file ("-" for standard input, which
                           is also read when it is piped and no profile flag is given); flags given
                           alongside override the file's values
  --interactive            ask for the profile step by step (the default on a terminal when no
                           profile is given)

Output:
  --format FORMAT          text (default; wrapped to the terminal's width, or COLUMNS, or 100),
                           markdown, json, or slack: a Block Kit Builder link to preview each message
                           the bot would post (the parent and its thread replies)
  --json                   with --format slack: the messages themselves, as JSON
  --output FILE, -o        write to FILE instead of standard output (with --format slack: the JSON,
                           while the links are printed)
  --channel ID, --user ID  with --format slack: the channel asked in and the asker (placeholders if not
                           given)
  --playbook FILE          use this playbook file (JSON or YAML) over ours

Example:
  ai-team-advisor advise --stage pilot --builds foundation_apis --urgency weeks \\
    --role ai_engineer=2 --role ai_pm=1 --augmented mlops=1 --practice eval_set
  cat team.yaml | ai-team-advisor advise --format markdown
`;

export const PLAN_HELP = `ai-team-advisor plan PATH...

The hiring plan across several teams, as /aiteam plan sends it in Slack: one line per team (stage,
headcount against its band, most severe stall point, seats to fill, urgency, age), the company's seats
to fill in the order to fill them, and where one shared platform or function beats a hire per team.

PATH is a folder (its .json, .yaml and .yml files), a file holding one profile or a list of them, or
"-" for a list on standard input. A list entry is a profile (as advise reads it), or
{ "profile": {...}, "assessedAt": "2026-09-30" }. A profile may also say assessedAt beside its
fields. A team without a date was assessed when its file last changed; assessments more than 90 days
old are marked stale. A team given twice (the same name, or the same unnamed profile) counts once,
with a warning. Every file that cannot be read is named with its line; none is planned until all are
right, or --skip-invalid plans from the others.

One person shared across teams (an MLOps engineer for three teams, say): profiles count whole people,
so count that person once, in the team they belong to, and 0 in the others. Counted in every file,
they are counted in every headcount, and no team is seen to lack the seat. The plan then shows the
others lacking it, and where two or more do, one shared platform or function for them.

Options:
  --format FORMAT     text (default), markdown, json, png (the picture of teams by roles), or csv
                      (the teams and seats files /aiteam plan export sends)
  --output FILE, -o   write to FILE instead of standard output (png needs it on a terminal); with
                      csv, a FOLDER to write both files into
  --csv-file WHICH    with csv: only the teams or the seats file, on standard output or to --output
  --as-of DATE        count ages to this date instead of today
  --skip-invalid      plan from the files that can be read, naming those left out
  --playbook FILE     use this playbook file (JSON or YAML) over ours

Example:
  ai-team-advisor plan examples/company/ --format markdown
  ai-team-advisor plan examples/company/ --format png --output plan.png
  ai-team-advisor plan examples/company/ --format csv --output plan-csv/
`;
