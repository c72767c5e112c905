import type { CompanyPlan, PlanTeam } from '../../advisor/index.js';
import { planAltText } from './plan-alt-text.js';
import { type PlanSvgOptions, planSvg } from './plan-svg.js';
import { renderPng } from './render-png.js';

export { ALT_TEXT_LIMIT, planAltText } from './plan-alt-text.js';
export { DEFAULT_MAX_TEAMS, MIN_TEXT_RATIO, type PlanSvg, type PlanSvgOptions, planSvg } from './plan-svg.js';
export { renderPng } from './render-png.js';

export interface PlanPicture {
  png: Uint8Array;
  /** The picture in words, for the image's alt_text. */
  altText: string;
  width: number;
  height: number;
  shownTeams: number;
}

/**
 * The plan's picture, teams by roles, as a PNG with its alt text. `nameOf` gives each team's name as plain
 * text (not a Slack channel link: the picture cannot show one).
 */
export async function planPicture(
  plan: CompanyPlan,
  nameOf: (team: PlanTeam) => string,
  options: PlanSvgOptions = {},
): Promise<PlanPicture> {
  const { svg, width, height, shownTeams } = planSvg(plan, nameOf, options);
  const png = await renderPng(svg);
  return { png, altText: planAltText(plan, nameOf, shownTeams), width, height, shownTeams };
}
