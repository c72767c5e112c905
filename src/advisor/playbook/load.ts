import { ValidationError, validate } from '../field-errors.js';
import { defaultPlaybook } from './default-playbook.js';
import { type Playbook, playbookSchema } from './schema.js';

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else in the override replaces what it overrides. */
function mergeOver(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: PlainObject = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeOver(base[key], value);
  return merged;
}

/**
 * The playbook the engine runs on: ours, or ours with an operator's changes laid over it. An override only
 * needs the fields it changes (say, `stages.pilot.headcount.max`); the result is validated as a whole, so a
 * mistake is reported against the field that holds it.
 */
export function resolvePlaybook(override?: unknown): Playbook {
  if (override !== undefined && !isPlainObject(override)) {
    throw new ValidationError('The playbook', [
      { path: '', message: 'must be an object of playbook fields' },
    ]);
  }
  const result = validate(
    playbookSchema,
    override === undefined ? defaultPlaybook : mergeOver(defaultPlaybook, override),
  );
  if (!result.ok) throw new ValidationError('The playbook', result.errors);
  return result.value;
}

let cachedDefault: Playbook | undefined;

/** Our own playbook, validated once: it is constant, and validating it on every assessment would be waste. */
export function getDefaultPlaybook(): Playbook {
  cachedDefault ??= resolvePlaybook();
  return cachedDefault;
}
