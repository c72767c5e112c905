/**
 * The advisor: the staffing playbook and the rules that turn a team profile into advice. Pure TypeScript with
 * no Slack, storage or clock, so Slack, the CLI and the tests all run the same code.
 */
export { assess, assessInput } from './assess.js';
export * from './assessment.js';
export { assessmentJsonSchema, assessmentSchema } from './assessment-schema.js';
export * from './company-plan/index.js';
export { cite, type Evidence, FIGURE_IDS, type FigureId } from './evidence.js';
export { type FieldError, toFieldErrors, type Validated, ValidationError, validate } from './field-errors.js';
export { bandOf } from './headcount.js';
export { defaultPlaybook } from './playbook/default-playbook.js';
export * from './playbook/ids.js';
export { getDefaultPlaybook, resolvePlaybook } from './playbook/load.js';
export type {
  Playbook,
  PlaybookInput,
  RoleDefinition,
  RulesOfThumb,
  SeatLevel,
  SourceDefinition,
  StageDefinition,
} from './playbook/schema.js';
export { CLAIM_KINDS, type ClaimKind, playbookSchema, SOURCING, type Sourcing } from './playbook/schema.js';
export * from './profile.js';
export * from './summary.js';
export {
  BIDI_CONTROLS,
  INVISIBLE,
  INVISIBLE_MESSAGE,
  LINE_BREAK_MESSAGE,
  LINE_BREAKING,
} from './team-name.js';
export {
  beforeTheMove,
  capitalise,
  countNoun,
  inSentence,
  listInWords,
  pluralOf,
  singularOf,
} from './wording.js';
