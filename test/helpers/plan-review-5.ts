import type { CompanyPlan } from '../../src/advisor/index.js';
import { reviewCompanyPlan } from './review-companies.js';

/** The three companies of the fifth blind review of the hiring plan (test/fixtures/plan-review-5). */
export const COMPANIES = ['harbourline', 'kestrel', 'orbital'] as const;
export type Company = (typeof COMPANIES)[number];

/** The company's plan, its team files read in name order, or in reverse. */
export function companyPlan(company: Company, reverse = false): Promise<CompanyPlan> {
  return reviewCompanyPlan('plan-review-5', company, reverse);
}
