import { describe, expect, it } from 'vitest';
import { assessInput, ROLE_IDS, teamProfileSchema, validate } from '../../src/advisor/index.js';

const minimal = { stage: 'pilot', builds: 'foundation_apis', urgency: 'weeks' };

describe('the team profile', () => {
  it('fills in every role, no practices and not heading on when they are left out', () => {
    const profile = teamProfileSchema.parse(minimal);
    expect(Object.keys(profile.roles)).toEqual([...ROLE_IDS]);
    expect(profile.roles.mlops).toEqual({ inHouse: 0, augmented: 0 });
    expect(profile).toMatchObject({ headingToNext: false, practices: [] });
    expect(profile.name).toBeUndefined();
  });

  it('keeps practices in a fixed order, without repeats', () => {
    const profile = teamProfileSchema.parse({
      ...minimal,
      practices: ['monitoring', 'eval_set', 'monitoring'],
    });
    expect(profile.practices).toEqual(['eval_set', 'monitoring']);
  });

  it('trims the name and treats a blank one as none', () => {
    expect(teamProfileSchema.parse({ ...minimal, name: '  Search  ' }).name).toBe('Search');
    expect(teamProfileSchema.parse({ ...minimal, name: '   ' }).name).toBeUndefined();
  });

  it('accepts the limits: 0 and 500 people, an 80-character name', () => {
    const result = validate(teamProfileSchema, {
      ...minimal,
      name: 'n'.repeat(80),
      roles: { ai_engineer: { inHouse: 500, augmented: 0 } },
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a bad profile with one message per field', () => {
    const result = assessInput({
      stage: 'beta',
      builds: 'vibes',
      name: 'x'.repeat(81),
      roles: {
        ai_engineer: { inHouse: -1, augmented: 2.5 },
        mlops: { inHouse: 501 },
        wizard: { inHouse: 1 },
      },
      practices: ['yoga'],
      headingToNext: 'maybe',
      colour: 'blue',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'name', message: 'must be at most 80 characters' },
      { path: 'stage', message: 'must be one of: pilot, production, scale' },
      { path: 'builds', message: 'must be one of: foundation_apis, custom_models, both' },
      { path: 'roles.ai_engineer.inHouse', message: 'must be at least 0' },
      { path: 'roles.ai_engineer.augmented', message: 'must be a whole number' },
      { path: 'roles.mlops.inHouse', message: 'must be at most 500' },
      {
        path: 'roles.wizard',
        message: `is not a known field (known here: ${ROLE_IDS.join(', ')})`,
      },
      { path: 'headingToNext', message: 'must be yes or no' },
      {
        path: 'practices[0]',
        message: 'must be one of: eval_set, eval_owner, monitoring, governed_data, security_review',
      },
      { path: 'urgency', message: 'is required (one of: weeks, this_quarter, no_rush)' },
      {
        path: 'colour',
        message:
          'is not a known field (known here: name, stage, builds, roles, headingToNext, practices, urgency)',
      },
    ]);
  });

  it('reads yes and no as people write them in YAML, in any case, and refuses anything else', () => {
    for (const [written, meant] of [
      ['yes', true],
      ['No', false],
      ['true', true],
      ['FALSE', false],
      [true, true],
    ] as const) {
      expect(teamProfileSchema.parse({ ...minimal, headingToNext: written }).headingToNext).toBe(meant);
    }
    expect(validate(teamProfileSchema, { ...minimal, headingToNext: 'soon' })).toEqual({
      ok: false,
      errors: [{ path: 'headingToNext', message: 'must be yes or no' }],
    });
  });

  it('suggests the field or value a typo meant, once, and shows the shape a role takes', () => {
    const result = validate(teamProfileSchema, {
      stage: 'prod',
      builds: 'foundation_api',
      urgncy: 'weeks',
      roles: { ai_enginer: { inHouse: 1 }, mlops: 1, backend: { inhouse: 2 } },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'stage', message: 'must be one of: pilot, production, scale; did you mean production?' },
        {
          path: 'builds',
          message: 'must be one of: foundation_apis, custom_models, both; did you mean foundation_apis?',
        },
        { path: 'roles.backend.inhouse', message: 'is not a known field: did you mean inHouse?' },
        { path: 'roles.mlops', message: 'must be a set of fields, such as { inHouse: 1 }' },
        { path: 'roles.ai_enginer', message: 'is not a known field: did you mean ai_engineer?' },
        // The misspelt urgency is not also reported as a missing one.
        { path: 'urgncy', message: 'is not a known field: did you mean urgency?' },
      ],
    });
  });

  it('suggests nothing when no candidate is close', () => {
    const result = validate(teamProfileSchema, { ...minimal, stage: 'growth' });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'stage', message: 'must be one of: pilot, production, scale' }],
    });
  });

  it('rejects control characters in the name (a line break could forge a second line of a message)', () => {
    const result = validate(teamProfileSchema, { ...minimal, name: 'Search\n@channel' });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'name', message: 'must not contain control characters or line breaks' }],
    });
  });

  it('rejects a million people and non-numbers', () => {
    const result = validate(teamProfileSchema, {
      ...minimal,
      roles: { backend: { inHouse: 1_000_000 }, security: { augmented: '3' } },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'roles.backend.inHouse',
      'roles.security.augmented',
    ]);
  });

  it('cleans team names the same way wherever they come from (form, file, flags)', () => {
    const named = (name: string) => validate(teamProfileSchema, { ...minimal, name });
    // Right-to-left overrides and marks are removed, not kept to reorder the text around the name.
    expect(named('\u202EDrowssap\u202C team')).toMatchObject({ ok: true, value: { name: 'Drowssap team' } });
    expect(named('Search\u2028Team')).toMatchObject({
      ok: false,
      errors: [{ path: 'name', message: 'must not contain control characters or line breaks' }],
    });
    expect(named('\u200B\u200D\u2060')).toMatchObject({
      ok: false,
      errors: [{ path: 'name', message: 'must contain letters or digits people can see, or be left empty' }],
    });
    expect(named('   ')).toMatchObject({ ok: true, value: { name: undefined } });
  });
});
