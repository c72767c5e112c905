import { roomToMake, whereToMakeRoom } from '../make-room.js';
import { capitalise, countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * A team bigger than the band it is judged against, with people a seat does not need: seats filled before the
 * work. A team below its band is
 * told which seats to fill; only when none is left to fill does the size itself become the point.
 */
export const headcountOutsideBand: StallRule = {
  id: 'headcount_outside_band',
  evaluate(team, seats) {
    const { total, position, stageHint, band, judgedAgainst } = team.headcount;
    if (position === 'within') return null;
    const above = position === 'above';
    if (!above) {
      if (team.headingTo) return null;
      for (const seat of seats.values()) if (seat.toFill.now > 0) return null;
    }
    const stage = team.stageWord(judgedAgainst); // The why already says the band is a guide, so the fix does not say it again.
    const room = above ? roomToMake(team, seats, total - band.max) : [];
    // Larger than needed means someone is spare. With every seat busy at production or scale, the band (a
    // guide) is all that is exceeded, and the headcount line already says so. A pilot is the exception: the
    // playbook puts it at "2 to 5 people, not 15", so a pilot this size with no one spare may be in production.
    const busyPilot = above && room.length === 0 && judgedAgainst === 'pilot';
    if (above && room.length === 0 && !busyPilot) return null;
    const makeRoom =
      above && !busyPilot ? whereToMakeRoom(team, room, total - band.max, false, 'imperative') : '';
    // "2 to 5 people, not 15": a pilot past its band may simply be in production already.
    const maybeProduction =
      judgedAgainst === 'pilot' ? ' If the team already serves users, assess it as a production team.' : '';
    // "2 to 5 people, not 15": a pilot more than twice its band's top is far from the playbook's pilot, and
    // the question whether it is in production comes first.
    const farPastPilot = above && judgedAgainst === 'pilot' && !band.openEnded && total > 2 * band.max;
    return {
      severity: farPastPilot ? 'high' : 'medium',
      title: above ? `Larger than the ${stage} stage needs` : `Smaller than the ${stage} stage needs`,
      // The headline line already gives the count and the band; this says what it means.
      // The title says larger or smaller, and the answer's first line gives the size and the band: this says
      // by how much.
      what: above
        ? `${countNoun(total - band.max, 'person', 'people')} past the top of the band.`
        : `${countNoun(band.min - total, 'person', 'people')} short of the bottom of the band.`,
      why: above
        ? judgedAgainst === 'pilot'
          ? 'A pilot is a small team led by an AI engineer; the bands are directional guidance, not a hard cap.'
          : 'The bands are directional guidance, not a hard cap: check that every seat has work at this stage.'
        : `The work of the ${stage} stage takes more people than this, so some of it goes unowned.`,
      fix: busyPilot
        ? 'Every seat here has pilot work. If the team already serves users, it is in production: assess it as a production team.'
        : above
          ? stageHint?.fitsBand
            ? `If it works like a ${stageHint.looksLikeName.toLowerCase()} team, assess it as one; if not, ${makeRoom}.`
            : farPastPilot
              ? `If the team already serves users, assess it as a production team; if not, ${makeRoom}.`
              : `${capitalise(makeRoom)}.${maybeProduction}`
          : 'Check the seats marked carried: some of that work may need people of its own.',
      evidence: [],
      seatsToFill: [],
    };
  },
};
