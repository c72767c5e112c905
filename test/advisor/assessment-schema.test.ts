import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type Assessment, assess, assessmentJsonSchema, assessmentSchema } from '../../src/advisor/index.js';
import { arbitraryProfile } from '../helpers/arbitrary-profile.js';

const SCHEMA_FILE = new URL('../../docs/assessment.schema.json', import.meta.url);

describe('the JSON output schema', () => {
  it('describes the Assessment type exactly', () => {
    expectTypeOf<z.output<typeof assessmentSchema>>().toEqualTypeOf<Assessment>();
  });

  it('matches every assessment, field for field (unknown fields refused)', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const json = JSON.parse(JSON.stringify(assess(profile)));
        const result = assessmentSchema.safeParse(json);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is published as docs/assessment.schema.json (UPDATE_SCHEMA=1 rewrites it)', () => {
    const current = assessmentJsonSchema();
    if (process.env.UPDATE_SCHEMA === '1')
      writeFileSync(SCHEMA_FILE, `${JSON.stringify(current, null, 2)}\n`);
    // Compared as data: the file is formatted by the project's formatter, not by JSON.stringify.
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(current);
  });
});
