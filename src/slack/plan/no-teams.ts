/** What a person who can see no assessed team is told instead of a plan. */
export const NO_TEAMS_TEXT =
  "No team you can see has been assessed yet, so there is no hiring plan to make. Run `/aiteam` in a team's channel to assess it: the plan covers every team assessed in the channels you are in.";
