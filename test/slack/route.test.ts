import { describe, expect, it } from 'vitest';
import { route } from '../../src/slack/listeners/route.js';

describe('route: one Bolt listener per surface, by id', () => {
  const calls: string[] = [];
  const routed = route<{ id: string }>(
    {
      edit_answers: async ({ id }) => void calls.push(`edit ${id}`),
      'remind.open': async ({ id }) => void calls.push(`remind ${id}`),
    },
    ({ id }) => id,
  );

  it('matches exactly the ids in its table (no prefixes, dots taken literally)', () => {
    expect(routed.pattern.test('edit_answers')).toBe(true);
    expect(routed.pattern.test('remind.open')).toBe(true);
    for (const other of ['edit_answers_2', 'x_edit_answers', 'remindXopen', 'edit', '']) {
      expect(routed.pattern.test(other)).toBe(false);
    }
  });

  it('hands each request to the listener for its id', async () => {
    await routed.listener({ id: 'remind.open' });
    await routed.listener({ id: 'edit_answers' });
    expect(calls).toEqual(['remind remind.open', 'edit edit_answers']);
  });

  it('fails loudly for an id it has no listener for', async () => {
    await expect(routed.listener({ id: 'unknown' })).rejects.toThrow('no listener for "unknown"');
  });
});
