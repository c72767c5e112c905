/** The team every benchmark submission describes: every section of the answer has content. */
export const BENCH_TEAM = {
  name: 'Checkout',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'this_quarter',
  headingToNext: true,
  practices: ['eval_set'],
  roles: { ai_engineer: { inHouse: 2 }, backend: { inHouse: 3 }, data_scientist: { inHouse: 1 } },
} as const;
