import { describe, expect, it } from 'vitest';
import {
  bandOf,
  defaultPlaybook,
  getDefaultPlaybook,
  NEEDS,
  ROLE_IDS,
  resolvePlaybook,
  STAGE_IDS,
  ValidationError,
} from '../../src/advisor/index.js';
import { PLAYBOOK_TABLE } from '../helpers/markdown-table.js';

const playbook = getDefaultPlaybook();

function rejection(override: unknown) {
  try {
    resolvePlaybook(override);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors;
  }
  throw new Error('the playbook was accepted');
}

describe('the default playbook', () => {
  it('has the table header: a role column and one column per stage, in order', () => {
    expect(PLAYBOOK_TABLE[0]).toEqual(['Role', ...STAGE_IDS.map((stage) => playbook.stages[stage].name)]);
  });

  it('reproduces the playbook table cell by cell, in the table order', () => {
    const roleRows = PLAYBOOK_TABLE.slice(1, -1);
    expect(roleRows).toHaveLength(ROLE_IDS.length);
    ROLE_IDS.forEach((role, index) => {
      const definition = playbook.roles[role];
      const labels = STAGE_IDS.map((stage) => playbook.levels[definition.seats[stage]]?.label);
      expect([definition.name, ...labels]).toEqual(roleRows[index]);
    });
  });

  it('reproduces the headcount bands', () => {
    const bandRow = PLAYBOOK_TABLE.at(-1);
    expect(bandRow).toEqual([
      'Typical headcount',
      ...STAGE_IDS.map((stage) => bandOf(playbook.stages[stage]).label),
    ]);
    expect(playbook.stages.pilot.headcount).toMatchObject({ min: 2, max: 5, openEnded: false });
    expect(playbook.stages.production.headcount).toMatchObject({ min: 6, max: 12, openEnded: false });
    expect(playbook.stages.scale.headcount).toMatchObject({ min: 12, max: 30, openEnded: true });
  });

  it('defines all twelve of the table labels, each with a meaning the engine reasons over', () => {
    const labels = Object.values(playbook.levels).map((level) => level.label);
    expect(labels.sort()).toEqual(
      [
        'Core',
        'Shared',
        'Wait',
        'Core, multiple',
        'Core, platform',
        'Core, do not delay',
        'Shared with AI eng',
        'Only if custom model',
        'As needed',
        'Add',
        'Dedicated',
        'Dedicated function',
      ].sort(),
    );
    for (const level of Object.values(playbook.levels)) expect(NEEDS).toContain(level.need);
    expect(playbook.levels.core_do_not_delay).toMatchObject({ need: 'core', urgent: true });
    expect(playbook.levels.shared_with_ai_engineer).toMatchObject({
      need: 'shared',
      sharedWith: 'ai_engineer',
    });
    expect(playbook.levels.only_if_custom_model).toMatchObject({
      need: 'conditional',
      condition: 'custom_model',
    });
    expect(playbook.levels.wait?.need).toBe('wait');
    expect(playbook.levels.as_needed?.need).toBe('as_needed');
    expect(playbook.levels.core_multiple?.minCount).toBe(2);
    expect(playbook.levels.dedicated_function).toMatchObject({ need: 'core', dedicated: true, minCount: 2 });
  });

  it('describes what each of the ten roles owns', () => {
    expect(Object.keys(playbook.roles)).toEqual([...ROLE_IDS]);
    for (const role of ROLE_IDS) expect(playbook.roles[role].owns.length).toBeGreaterThan(40);
  });
});

describe('an operator playbook', () => {
  it('needs only the fields it changes', () => {
    const custom = resolvePlaybook({ stages: { pilot: { headcount: { min: 1, max: 7 } } } });
    expect(custom.stages.pilot.headcount).toEqual({ min: 1, max: 7, openEnded: false });
    expect(custom.stages.production).toEqual(playbook.stages.production);
  });

  it('can define its own levels and point seats at them', () => {
    const custom = resolvePlaybook({
      levels: { core_now: { label: 'Core now', need: 'core', urgent: true, meaning: 'Hire first.' } },
      roles: { security: { seats: { production: 'core_now' } } },
    });
    expect(custom.levels.core_now?.label).toBe('Core now');
    expect(custom.roles.security.seats.production).toBe('core_now');
  });

  it('rejects a seat that names an undefined level, naming the field', () => {
    expect(rejection({ roles: { mlops: { seats: { pilot: 'later' } } } })).toEqual([
      {
        path: 'roles.mlops.seats.pilot',
        message: expect.stringMatching(/^unknown level "later"; defined levels: core,/),
      },
    ]);
  });

  it('rejects a band whose max is below its min, and a negative min', () => {
    expect(
      rejection({ stages: { pilot: { headcount: { min: 6, max: 5 } }, scale: { headcount: { min: -1 } } } }),
    ).toEqual([
      { path: 'stages.pilot.headcount.max', message: 'must be at least min (6)' },
      { path: 'stages.scale.headcount.min', message: 'must be at least 0' },
    ]);
  });

  it('rejects unknown roles, unknown need values and contradictory levels, one message per field', () => {
    const errors = rejection({
      roles: { prompt_whisperer: { name: 'x' } },
      levels: {
        core: { need: 'always' },
        later: { label: 'Later', need: 'wait', condition: 'custom_model', meaning: 'x' },
      },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: 'roles.prompt_whisperer',
          message: expect.stringMatching(/^is not a known field \(known here: ai_engineer, backend, /),
        },
        { path: 'levels.core.need', message: 'must be one of: core, shared, conditional, as_needed, wait' },
        { path: 'levels.later.condition', message: 'only a conditional level takes a condition' },
      ]),
    );
    expect(new Set(errors.map((error) => error.path)).size).toBe(errors.length);
  });

  it('says in words what a field of the wrong kind should be', () => {
    expect(rejection({ stages: { pilot: { headcount: 'nope' } }, roles: { mlops: { name: 7 } } })).toEqual(
      expect.arrayContaining([
        {
          path: 'stages.pilot.headcount',
          message: 'must be a set of fields (an object) with: min, max, openEnded',
        },
        { path: 'roles.mlops.name', message: 'must be text' },
      ]),
    );
  });

  it('rejects something that is not an object', () => {
    expect(rejection(['pilot'])).toEqual([{ path: '', message: 'must be an object of playbook fields' }]);
  });

  it('leaves our own playbook untouched when an override is applied', () => {
    resolvePlaybook({ stages: { pilot: { headcount: { max: 9 } } } });
    expect(defaultPlaybook.stages.pilot.headcount.max).toBe(5);
    expect(getDefaultPlaybook().stages.pilot.headcount.max).toBe(5);
  });
});
