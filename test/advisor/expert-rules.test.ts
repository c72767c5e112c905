/**
 * What an expert reading an answer fresh must never have to correct, as properties over random teams: the
 * playbook's named mistakes are never recommended, every quotation is the source's own words, every number
 * comes from the playbook or the team (or says it is our rule of thumb), every figure stands beside a claim it
 * supports, anchors convert at every urgency, and grid, text and readiness agree on who holds each seat.
 *
 * The expectations are written down here from the playbook (test/fixtures/ai-team-structure.txt), not read
 * from the code: role sets, claim kinds and patterns are spelled out, so a rule the advisor loses shows red.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  assess,
  defaultPlaybook,
  type RoleId,
  type TeamProfile,
  URGENCIES,
} from '../../src/advisor/index.js';
import { assessmentDocument } from '../../src/render/assessment-document.js';
import { statusLabel } from '../../src/render/labels.js';
import { toMarkdown } from '../../src/render/to-markdown.js';
import { toText } from '../../src/render/to-text.js';
import { answerMessages } from '../../src/slack/blocks/answer-messages.js';
import { arbitraryProfile, realisticProfile } from '../helpers/arbitrary-profile.js';
import { team } from '../helpers/teams.js';

const SEED = readFileSync(new URL('../fixtures/ai-team-structure.txt', import.meta.url), 'utf8');

/** Both kinds of random team: ones people describe, and the extremes the schema allows. */
const anyTeam = fc.oneof(realisticProfile, arbitraryProfile).map(
  // User text is the user's: names are left out so quotation marks and digits in them are not ours to check.
  ({ name: _name, ...profile }): TeamProfile => profile,
);
const runs = { numRuns: 400 };

const text = (assessment: Assessment) => toText(assessmentDocument(assessment));
const markdown = (assessment: Assessment) => toMarkdown(assessmentDocument(assessment));

/** The strings a person reads in Slack messages or blocks: every `text`, never button values or ids. */
function slackTextParts(messages: unknown): string[] {
  const parts: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key === 'text') parts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'value' && k !== 'action_id') walk(v, k);
    }
  };
  walk(messages);
  return parts;
}

/** Every string a person reads in the Slack answer: parent and thread, blocks and fallbacks. */
function slackText(assessment: Assessment): string {
  const { parent, replies } = answerMessages(assessment, {
    userId: 'U0000000001',
    editValue: '{}',
    channelId: 'C0000000001',
    playbook: defaultPlaybook as never,
  });
  return slackTextParts([parent, ...replies]).join('\n');
}

/** Seats on the product layer (features, interface, service, roadmap), and those who train models. */
const PRODUCT_LAYER: RoleId[] = ['ai_engineer', 'backend', 'frontend_design', 'ai_pm'];
const MODEL_TRAINERS: RoleId[] = ['ml_engineer', 'data_scientist'];
/** Seats needing AI skills, which the skills-shortage and people-strategy figures are about. */
const AI_SEATS: RoleId[] = ['ai_engineer', 'mlops', 'eval_specialist', 'ml_engineer', 'data_scientist'];

const headedForProduction = (a: Assessment) =>
  a.stage.id !== 'pilot' || (a.profile.headingToNext && a.nextStage?.id === 'production');

describe("the playbook's named mistakes are never recommended", () => {
  it('never moves a model trainer onto the product layer, in a suggestion or in a fix', () => {
    const handsOver =
      /\b(point|move|put|ask|give|hand|upskill)\b[^.]{0,40}\b(ML engineers?|data scientists?|model trainers?)\b[^.]{0,30}\b(at|to|onto|on|into)\b[^.]{0,20}\b(application|product|features?|UI|interface|front ?end|chat)/i;
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        for (const s of a.suggestions) {
          if (s.upskillFrom && MODEL_TRAINERS.includes(s.upskillFrom)) {
            expect(PRODUCT_LAYER, `${s.role} from ${s.upskillFrom}`).not.toContain(s.role);
          }
        }
        for (const point of a.stallPoints) expect(point.fix).not.toMatch(handsOver);
      }),
      runs,
    );
  });

  it('makes room from seats the stage says wait for first, then over-staffed seats, never the AI engineer it needs', () => {
    const order = { ahead_of_stage: 0, not_needed: 0, over: 1, beyond_need: 2 } as const;
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        // The AI engineer, the seat the stage needs first, gives up its people past the rule of thumb last of all.
        const ranks = a.plan.makeRoom.map((place) =>
          place.role === 'ai_engineer' ? 3 : order[place.reason],
        );
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        // The AI engineer gives up only people past the rule of thumb, keeping at least its share.
        for (const place of a.plan.makeRoom.filter((p) => p.role === 'ai_engineer')) {
          const row = a.grid.find((r) => r.role === 'ai_engineer');
          expect(place.reason).toBe('over');
          expect((row?.total ?? 0) - place.people).toBeGreaterThanOrEqual(
            Math.ceil(a.headcount.band.max * defaultPlaybook.rulesOfThumb.overStaffedShareOfBand),
          );
        }
        // MLOps and security are kept once held: filling them late is a mistake the playbook names.
        const early = a.grid.filter(
          (row) => row.status === 'premature' && row.total > 0 && !['mlops', 'security'].includes(row.role),
        );
        // (Several in one: one stays, the others move out.)
        for (const kept of ['mlops', 'security']) {
          const row = a.grid.find((r) => r.role === kept);
          const out = a.plan.makeRoom.find((p) => p.role === kept && p.reason === 'ahead_of_stage');
          if (out) expect((row?.total ?? 0) - out.people).toBe(1);
        }
        if (a.plan.makeRoom.length > 0 && early.length > 0) {
          expect(early.map((row) => row.role)).toContain(a.plan.makeRoom[0]?.role);
        }
        // The text names the same first place to make room.
        const first = a.plan.makeRoom[0];
        // (Unless the note leaves the moving out to the stall points that name those seats.)
        if (
          first &&
          a.plan.pastBand &&
          a.headcount.position !== 'above' &&
          a.plan.note &&
          !a.plan.note.includes('moving out the seats the stall points above name')
        ) {
          const name = a.grid.find((row) => row.role === first.role)?.shortName.toLowerCase() ?? '';
          expect(a.plan.note.toLowerCase()).toContain(name);
        }
      }),
      runs,
    );
  });

  it('adds no seat only to support a seat the stage does not need yet', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        const early = a.grid.filter((row) => row.status === 'premature' && row.total > 0);
        if (early.length === 0) return;
        // The same team without its early seats: nothing it is told to add now may disappear.
        const without = structuredClone(profile);
        for (const row of early) without.roles[row.role] = { inHouse: 0, augmented: 0 };
        const b = assess(without);
        const added = (x: Assessment) =>
          new Set(
            x.suggestions.filter((s) => s.action !== 'convert' && s.timing === 'now').map((s) => s.role),
          );
        const stillNeeded = added(b);
        for (const role of added(a))
          expect(stillNeeded, `${role} is only there for ${early.map((r) => r.role)}`).toContain(role);
      }),
      runs,
    );
  });

  it('fills MLOps and security the moment a team heads for production, never on deployment day', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        if (!headedForProduction(a)) return;
        for (const role of ['mlops', 'security'] as const) {
          if (a.grid.find((row) => row.role === role)?.total !== 0) continue;
          expect(
            a.suggestions.some((s) => s.role === role && s.timing === 'now'),
            `${role} now`,
          ).toBe(true);
        }
      }),
      runs,
    );
  });

  it('never suggests data scientists without a data engineer, nor ML engineers for a team on hosted models', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        const roles = a.suggestions.filter((s) => s.action !== 'convert').map((s) => s.role);
        if (roles.includes('data_scientist')) {
          const engineers = a.grid.find((row) => row.role === 'data_engineer')?.total ?? 0;
          expect(engineers > 0 || roles.includes('data_engineer')).toBe(true);
        }
        if (profile.builds === 'foundation_apis') expect(roles).not.toContain('ml_engineer');
      }),
      runs,
    );
  });

  it('never bolts AI onto an app team: a team on hosted models without an AI engineer is told to add one now', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        // A team that only trains its own models is led by its ML engineer: the AI engineer is "as needed".
        if (profile.builds === 'custom_models') {
          expect(a.stallPoints.map((p) => p.id)).not.toContain('no_ai_engineer');
          if (profile.roles.ml_engineer.inHouse + profile.roles.ml_engineer.augmented === 0)
            expect(a.suggestions.some((s) => s.role === 'ml_engineer' && s.timing === 'now')).toBe(true);
          return;
        }
        if (a.grid.find((row) => row.role === 'ai_engineer')?.total !== 0) return;
        expect(a.suggestions.some((s) => s.role === 'ai_engineer' && s.timing === 'now')).toBe(true);
        expect(a.stallPoints.map((p) => p.id)).toContain('no_ai_engineer');
      }),
      runs,
    );
  });
});

describe('quotations and numbers', () => {
  it('keeps each source quote in the playbook data word for word as the playbook prints it', () => {
    const quotes = Object.values(defaultPlaybook.sources).flatMap((source) => [
      ...('quotes' in source ? source.quotes : []),
    ]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(SEED).toContain(quote);
  });

  it("puts quotation marks only around a source's own words, in text, Markdown and Slack", () => {
    const quotes = Object.values(defaultPlaybook.sources).flatMap((source) =>
      'quotes' in source ? [...source.quotes] : [],
    );
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        for (const output of [text(a), markdown(a), slackText(a)]) {
          for (const [, quoted] of output.matchAll(/["“]([^"”]+)["”]/g)) {
            expect(quotes, `quoted: ${quoted}`).toContain(quoted);
          }
        }
      }),
      runs,
    );
  });

  it('states only numbers from the playbook or the team, and our rules of thumb as such', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        const allowed = new Set<number>();
        const add = (...values: number[]) => {
          for (const value of values) allowed.add(value);
        };
        // The playbook: every band, and every figure it cites with its year.
        for (const stage of Object.values(defaultPlaybook.stages))
          add(stage.headcount.min, stage.headcount.max);
        for (const figure of Object.values(defaultPlaybook.figures)) {
          for (const n of figure.claim.match(/\d+/g) ?? []) add(Number(n));
        }
        for (const source of Object.values(defaultPlaybook.sources)) {
          for (const n of source.short.match(/\d+/g) ?? []) add(Number(n));
        }
        // The team: its people and what the answer tells it to do with them.
        add(a.headcount.total, a.headcount.inHouse, a.headcount.augmented, a.plan.projectedHeadcount);
        // How far outside its band the team is.
        add(a.headcount.total - a.headcount.band.max, a.headcount.band.min - a.headcount.total);
        for (const row of a.grid)
          add(row.total, row.inHouse, row.augmented, row.toFill.now, row.toFill.beforeNext);
        for (const s of a.suggestions) add(s.people, a.headcount.total + s.people);
        for (const place of a.plan.makeRoom) add(place.people);
        // What making room leaves: the team (or the team with its additions) less the people it frees.
        let freed = 0;
        for (const place of a.plan.makeRoom) {
          freed += place.people;
          add(a.headcount.total - freed, a.plan.projectedHeadcount - freed);
        }
        const met = a.readiness.items.filter((item) => item.met).length;
        add(a.readiness.items.length, met, a.readiness.items.length - met);
        // Seats and practices missing, the size guide apart.
        add(a.readiness.items.filter((item) => !item.met && item.kind !== 'headcount').length);
        add(a.stallPoints.length, a.suggestions.length, new Set(a.suggestions.map((s) => s.role)).size);
        let added = 0;
        for (const s of a.suggestions) if (s.action === 'hire' || s.action === 'augment') added += s.people;
        add(added);
        add(a.suggestions.filter((s) => s.action === 'convert').reduce((sum, s) => sum + s.people, 0));
        for (const sentence of text(a).split(/(?<=[.!?])\s+|\n/)) {
          // "and 4 more": a count of the answer's own list.
          const clean = sentence.replace(/\band \d+ more\b/g, '');
          const ruleOfThumb = /rule of thumb/.test(sentence);
          for (const n of clean.match(/\d+/g) ?? []) {
            if (ruleOfThumb) continue;
            expect(allowed, `${n} in "${sentence}"`).toContain(Number(n));
          }
        }
      }),
      runs,
    );
  });

  it('never invents a size for a platform seat or a governance function', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const output = text(assess(profile));
        expect(output).not.toMatch(/needs (at least )?\d+[.:]/);
        expect(output).not.toMatch(/needs \d+: add \d+/);
      }),
      runs,
    );
  });
});

describe('evidence stands only beside claims it supports', () => {
  it('cites McKinsey beside production seats for a team at or moving into production, IDC beside augmenting an AI seat, Gartner beside keeping AI talent, a16z beside the AI engineer', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        for (const point of a.stallPoints) {
          for (const e of point.evidence) {
            if (e.source === 'mckinsey') {
              expect([
                'mlops_missing',
                'no_governed_data',
                'no_security_seat',
                'data_scientists_without_data_engineering',
              ]).toContain(point.id);
              expect(headedForProduction(a) && a.stage.id !== 'scale').toBe(true);
            } else if (e.source === 'a16z') {
              expect(['no_ai_engineer', 'researchers_not_shippers']).toContain(point.id);
            } else {
              throw new Error(`${e.source} beside stall point ${point.id}`);
            }
          }
        }
        for (const s of a.suggestions) {
          for (const e of s.evidence) {
            if (e.source === 'idc') {
              expect(s.action).toBe('augment');
              expect(AI_SEATS).toContain(s.role);
            } else if (e.source === 'gartner') {
              expect(['build', 'convert']).toContain(s.action);
              expect(AI_SEATS).toContain(s.role);
            } else if (e.source === 'a16z') {
              expect(s.role).toBe('ai_engineer');
            } else {
              throw new Error(`${e.source} beside a ${s.action} of ${s.role}`);
            }
          }
        }
      }),
      runs,
    );
  });

  it('declares in the playbook data the claims each figure supports', () => {
    const supports = Object.fromEntries(
      Object.entries(defaultPlaybook.figures).map(([id, figure]) => [id, [...figure.supports]]),
    );
    expect(supports).toEqual({
      valueGap: ['production_seat'],
      skillsShortage: ['augment_ai_seat'],
      peopleStrategy: ['keep_ai_talent'],
      aiEngineerFirst: ['ai_engineer_seat'],
      aiEngineerWithoutTraining: ['ai_engineer_seat'],
      engineersNotResearchers: ['ai_engineer_seat'],
    });
  });
});

describe('conversions and who holds each seat', () => {
  it('converts augmented anchor seats at every urgency: urgency changes when, never whether', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const converted = URGENCIES.map((urgency) =>
          assess({ ...profile, urgency })
            .suggestions.filter((s) => s.action === 'convert')
            .map((s) => s.role)
            .sort(),
        );
        for (const roles of converted) expect(roles).toEqual(converted[0]);
        // The anchors: the lead AI engineer and the AI PM; a team that only trains its own models is led by
        // its ML engineer instead (docs/advice.md).
        const anchors =
          profile.builds === 'custom_models'
            ? (['ml_engineer', 'ai_pm'] as const)
            : (['ai_engineer', 'ai_pm'] as const);
        for (const role of anchors) {
          const seat = profile.roles[role];
          if (seat.inHouse === 0 && seat.augmented > 0) expect(converted[0]).toContain(role);
        }
      }),
      runs,
    );
  });

  it('never counts a seat in place with nobody in it without naming who holds it, in the grid and readiness alike', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        for (const row of a.grid) {
          if (row.status !== 'carried') continue;
          const carrier = a.grid.find((other) => other.role === row.carriedBy);
          expect(carrier?.total).toBeGreaterThan(0);
          expect(statusLabel(row, a).toLowerCase()).toContain(carrier?.shortName.toLowerCase());
        }
        for (const item of a.readiness.items) {
          if (item.kind !== 'role' || !item.met) continue;
          const row = a.grid.find((r) => r.role === item.id);
          if (row?.total !== 0) continue;
          const carrier = a.grid.find((other) => other.role === item.carriedBy);
          expect(carrier?.total, `${item.id} in place with nobody`).toBeGreaterThan(0);
          expect(item.name.toLowerCase()).toContain(`carried by the ${carrier?.shortName.toLowerCase()}`);
        }
      }),
      runs,
    );
  });
});

describe('sentences a person would write', () => {
  it('never says a sentence twice, nor restates a title, nor tells a team of nobody that "nobody here" can carry a seat', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        const output = text(a);
        const sentences = output
          .split(/(?<=[.!?])\s+|\n/)
          .map((s) => s.trim())
          .filter((s) => s.split(/\s+/).length >= 5 && !s.startsWith('-'));
        const seen = new Set<string>();
        for (const sentence of sentences) {
          expect(seen, `said twice: ${sentence}`).not.toContain(sentence);
          seen.add(sentence);
        }
        for (const point of a.stallPoints) {
          expect(point.what.toLowerCase()).not.toContain(point.title.toLowerCase());
        }
        expect(output).not.toMatch(/nobody here/i);
        expect(output).not.toMatch(/As needed, needed for/);
      }),
      runs,
    );
  });

  it('says whom to upskill, starting with a seat the answer marks early or over-staffed', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        const marked = a.grid.filter(
          (row) => (row.status === 'premature' || row.status === 'over') && row.inHouse > 0,
        );
        for (const s of a.suggestions) {
          if (s.action !== 'build') continue;
          expect(s.upskillFrom, `build ${s.role} from whom?`).toBeDefined();
          const from = a.grid.find((row) => row.role === s.upskillFrom);
          expect(from?.inHouse).toBeGreaterThan(0);
          // A product manager is not upskilled into an engineer's or designer's seat.
          expect(s.upskillFrom, `into ${s.role}`).not.toBe('ai_pm');
          // Out of the AI engineer seat only into the eval work that folds into it.
          if (from?.role === 'ai_engineer') expect(s.role).toBe('eval_specialist');
          // From a seat the answer does not mark, only within a layer: never a data engineer into design.
          else if (from && from.status !== 'premature' && from.status !== 'over') {
            expect(PRODUCT_LAYER.includes(s.role), `${from.role} into ${s.role}`).toBe(
              PRODUCT_LAYER.includes(from.role),
            );
          }
          // A marked seat that could give the people (not a model trainer onto the product layer) comes first.
          // An over-staffed seat keeps one in-house person (its need; no over-staffed seat needs more): it can
          // give one only when it has two or more in-house.
          const spareInHouse = (row: (typeof marked)[number]) =>
            row.status === 'premature' || row.inHouse > 1;
          const usable = marked.filter(
            (row) =>
              row.role !== s.role &&
              spareInHouse(row) &&
              // Never out of the AI engineer seat, nor a model trainer onto the product layer, nor the last
              // person of an MLOps or security seat held ahead of the stage (kept: the playbook warns against
              // filling late), nor a product manager into an engineer's seat or back.
              (row.role !== 'ai_engineer' || s.role === 'eval_specialist') &&
              !(row.status === 'premature' && ['mlops', 'security'].includes(row.role) && row.inHouse < 2) &&
              row.role !== 'ai_pm' &&
              !(PRODUCT_LAYER.includes(s.role) && MODEL_TRAINERS.includes(row.role)),
          );
          if (usable.length > 0 && s === a.suggestions.find((x) => x.action === 'build')) {
            expect(usable.map((row) => row.role)).toContain(s.upskillFrom);
          }
        }
      }),
      runs,
    );
  });

  it('names at most three things in the lead, then how many more', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const { lead } = assess(profile);
        const list = lead
          .split(': ')
          .slice(1)
          .join(': ')
          .replace(/, and \d+ more gaps?\.$/, '');
        expect(list.split('; ').length).toBeLessThanOrEqual(3);
      }),
      runs,
    );
  });

  it('gives a team not heading anywhere its readiness in a line, and a team on the move its checklist', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        if (!a.readiness.nextStage) return;
        const output = text(a);
        if (!profile.headingToNext) {
          expect(output).not.toContain('[ ]');
          const looksEarlier =
            a.headcount.stageHint !== null &&
            a.headcount.stageHint.looksLike !== a.stage.id &&
            a.headcount.position === 'below';
          if (!looksEarlier) {
            expect(output).toMatch(
              new RegExp(
                `Toward ${a.readiness.nextStage.name}: (\\d+ seats? or practices? missing|every seat and practice in place)`,
              ),
            );
          }
        } else if (!a.readiness.ready) {
          expect(output).toContain('[ ] ');
          expect(markdown(a)).toContain('- [ ] ');
          expect(markdown(a)).not.toContain('\\[');
        }
      }),
      runs,
    );
  });

  it('keeps the Slack parent message short enough to read on a phone: under 80 words', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const { parent } = answerMessages(assess({ ...profile, name: 'Claims triage' }), {
          userId: 'U0000000001',
          editValue: '{}',
          channelId: 'C0000000001',
          playbook: defaultPlaybook as never,
        });
        const words = slackWords(parent.blocks);
        expect(words).toBeLessThan(80);
      }),
      runs,
    );
  });
});

function slackWords(blocks: unknown): number {
  return slackTextParts(blocks)
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('the examples an expert found', () => {
  it('a pilot on custom models with a data scientist trims the data scientist, never the AI engineers', () => {
    const a = assess(
      team({
        stage: 'pilot',
        builds: 'custom_models',
        urgency: 'no_rush',
        roles: { ai_engineer: 2, data_scientist: 1, backend: 1, ai_pm: 1 },
        practices: ['eval_set'],
      }),
    );
    expect(a.plan.makeRoom[0]).toEqual({ role: 'data_scientist', people: 1, reason: 'ahead_of_stage' });
    expect(text(a)).not.toMatch(/AI engineer \(2\)/);
    expect(a.suggestions.map((s) => s.role)).not.toContain('data_engineer');
  });

  it('researchers on hosted models are never pointed at application work', () => {
    const a = assess(
      team({ stage: 'pilot', roles: { ml_engineer: 3, data_scientist: 2 }, urgency: 'this_quarter' }),
    );
    const fixes = a.stallPoints.map((p) => p.fix).join(' ');
    expect(fixes).not.toMatch(/application work/);
    expect(fixes).toMatch(/AI engineer to lead the pilot and own the product layer/);
    expect(fixes).toMatch(/Move the ML engineers to a team that trains its own models/);
  });

  it('an all-augmented pilot hiring within weeks is told to convert its anchor leads', () => {
    const a = assess(
      team({
        stage: 'pilot',
        urgency: 'weeks',
        roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1] },
        practices: ['eval_set', 'eval_owner'],
      }),
    );
    expect(a.suggestions.map((s) => [s.role, s.action])).toEqual([
      ['ai_engineer', 'convert'],
      ['ai_pm', 'convert'],
    ]);
    expect(text(a)).not.toMatch(/No seats to fill/);
  });
});

describe('readiness in order of pressure', () => {
  it('puts what a stall point names before what none names, so "first missing" is the seat that stalls the team', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const a = assess(profile);
        const named = (item: (typeof a.readiness.items)[number]) =>
          item.kind === 'role' && a.stallPoints.some((p) => p.seatsToFill.includes(item.id as never));
        // Seats only: whether a practice belongs to a stall point is the rule's own wording.
        const missing = a.readiness.items.filter((item) => !item.met && item.kind === 'role');
        const firstUnnamed = missing.findIndex((item) => !named(item));
        const lastNamed = missing.findLastIndex((item) => named(item));
        if (firstUnnamed !== -1 && lastNamed !== -1) expect(lastNamed).toBeLessThan(firstUnnamed);
      }),
      runs,
    );
  });
});

describe('readiness counts each gap once', () => {
  it('lists a seat waiting only for a named owner as the owner practice, not as a seat too', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const { readiness } = assess(profile);
        expect(readiness.items.filter((item) => /no named owner/.test(item.text))).toEqual([]);
      }),
      runs,
    );
  });
});
