import { describe, expect, it } from 'vitest';
import { planHiring, type TeamOnRecord, type TeamProfile } from '../../src/advisor/index.js';
import { healthy, type TeamSketch } from '../helpers/teams.js';

const NOW = new Date('2026-12-01T12:00:00Z');

function onRecord(id: string, profile: TeamProfile): TeamOnRecord {
  return { id, profile, channelId: null, source: null, assessedAt: new Date('2026-11-30T12:00:00Z') };
}

/** The plan's teams, most pressing first, by name. */
function order(...teams: [id: string, profile: TeamProfile][]): string[] {
  return planHiring(
    teams.map(([id, profile]) => onRecord(id, profile)),
    NOW,
  ).teams.map((line) => line.name ?? line.id);
}

/** A production team with everything but MLOps and security: the same advice whatever its name. */
function production(name: string, changes: TeamSketch = {}): TeamProfile {
  return healthy('production', { name, ...changes, roles: { mlops: 0, security: 0, ...changes.roles } });
}

/**
 * Ties in the hiring plan's order, where only the team's urgency, the people it needs or its name tell two
 * teams apart. However the order weighs severity, a team that needs its seats within weeks comes before the
 * same team with no rush (issue 20: urgency in the order).
 */
describe('the hiring plan order, on ties', () => {
  it('puts the team that needs its seats within weeks before the same team with no rush', () => {
    const noRush = production('Archive', { urgency: 'no_rush' });
    const weeks = production('Launch', { urgency: 'weeks' });
    expect(order(['archive', noRush], ['launch', weeks])).toEqual(['Launch', 'Archive']);
    expect(order(['launch', weeks], ['archive', noRush])).toEqual(['Launch', 'Archive']);
  });

  it('orders all three urgencies: within weeks, this quarter, no rush', () => {
    const teams: [string, TeamProfile][] = [
      ['a', production('Later', { urgency: 'no_rush' })],
      ['b', production('Quarter', { urgency: 'this_quarter' })],
      ['c', production('Soon', { urgency: 'weeks' })],
    ];
    expect(order(...teams)).toEqual(['Soon', 'Quarter', 'Later']);
  });

  it('lists the team within weeks first under each seat it shares with a no-rush team', () => {
    const plan = planHiring(
      [
        onRecord('archive', production('Archive', { urgency: 'no_rush' })),
        onRecord('launch', production('Launch', { urgency: 'weeks' })),
      ],
      NOW,
    );
    for (const role of ['mlops', 'security']) {
      const seat = plan.seats.find((candidate) => candidate.role === role);
      expect(seat?.urgency).toBe('weeks');
      expect(seat?.teams.map((team) => team.teamId)).toEqual(['launch', 'archive']);
    }
  });

  it('on equal urgency and need, puts the team with more people to add first', () => {
    // Both lack MLOps and security alike; Bigger also lacks a second backend engineer and its designer.
    const smaller = production('Smaller');
    const bigger = production('Bigger', { roles: { backend: 1, frontend_design: 0 } });
    expect(order(['smaller', smaller], ['bigger', bigger])).toEqual(['Bigger', 'Smaller']);
    expect(order(['bigger', bigger], ['smaller', smaller])).toEqual(['Bigger', 'Smaller']);
  });

  it('on a full tie, orders by name, then by id, whatever order the teams came in', () => {
    expect(order(['2', production('Beta')], ['1', production('Alpha')])).toEqual(['Alpha', 'Beta']);
    const plan = planHiring([onRecord('b', production('Same')), onRecord('a', production('Same'))], NOW);
    expect(plan.teams.map((line) => [line.id, line.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});
