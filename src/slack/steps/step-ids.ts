/**
 * The Workflow Builder steps the app offers: each id is a `functions` entry in the single-workspace manifests
 * (manifests/manifest.json, manifests/manifest.http.json), whose inputs and outputs are named as here.
 */
export const STEP_IDS = {
  reassess: 'reassess_team',
  assess: 'assess_team',
  sendPlan: 'send_hiring_plan',
} as const;

/** The inputs each step reads, as the manifest names them. */
export const STEP_INPUTS = {
  channel: 'channel_id',
  person: 'user_id',
  teamName: 'team_name',
  postAnswer: 'post_answer',
  /** Who ran the workflow, when it was started by a person (a link, a shortcut, a button). */
  interactivity: 'interactivity',
} as const;
