/** A mistake in how the CLI was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const MAIN_HELP = `ai-team-advisor: staffing advice for an AI engineering team, stage by stage.

Usage:
  ai-team-advisor grid [pilot|production|scale] [--format text|markdown|json]
  ai-team-advisor advise [profile flags | --profile FILE] [--format text|markdown|json]
  ai-team-advisor help [grid|advise]

  Flags without a command run advise: ai-team-advisor --stage pilot ... (or npm run advise -- --stage pilot ...)

Options for every command:
  --format FORMAT     text (default), markdown or json
  --playbook FILE     use this playbook file (JSON or YAML) over ours; default: $PLAYBOOK_FILE
  -h, --help          show help

Exit codes: 0 done, 2 a flag or value was wrong, 1 anything else.
`;

export const GRID_HELP = `ai-team-advisor grid [pilot|production|scale]

Prints the playbook's grid: each role's seat at each stage, and each stage's typical headcount.
Give a stage to see only that stage, with what each level means.

Options: --format text|markdown|json, --playbook FILE
`;

export const ADVISE_HELP = `ai-team-advisor advise

Assesses a team and prints its role grid, likely stall points, build / hire / augment suggestions and
next-stage readiness. Give the team by flags, by a JSON file, or answer questions in a terminal.

Profile flags:
  --stage STAGE            pilot, production or scale (required)
  --builds WHAT            foundation_apis, custom_models or both (required)
  --urgency WHEN           weeks, this_quarter or no_rush (required)
  --role ROLE=N            in-house people in a role; repeat for each role
  --augmented ROLE=N       contractors or agency people in a role; repeat as needed
  --practice PRACTICE      a practice in place; repeat, or separate with commas:
                           eval_set, eval_owner, monitoring, governed_data, security_review
  --heading-to-next        the team expects to move to the next stage soon
  --name NAME              the team's name (at most 80 characters)

  Roles: ai_engineer, backend, ai_pm, data_engineer, mlops, eval_specialist, ml_engineer,
         data_scientist, frontend_design, security

Other input:
  --profile FILE           read the profile from a JSON file ("-" for standard input); flags given
                           alongside override the file's values
  --interactive            ask for the profile step by step (the default on a terminal when no
                           profile is given)

Options: --format text|markdown|json, --playbook FILE

Example:
  ai-team-advisor advise --stage pilot --builds foundation_apis --urgency weeks \\
    --role ai_engineer=2 --role ai_pm=1 --augmented mlops=1 --practice eval_set
`;
