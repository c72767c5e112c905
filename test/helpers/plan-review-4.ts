import type { CompanyPlan } from '../../src/advisor/index.js';
import { reviewCompanyPlan } from './review-companies.js';

/** The three companies of the fourth blind review of the hiring plan (test/fixtures/plan-review-4). */
export const COMPANIES = ['lumen-legal', 'harbor-logistics', 'kestrel-bank'] as const;
export type Company = (typeof COMPANIES)[number];

/** The company's plan, its team files read in name order, or in reverse. */
export function companyPlan(company: Company, reverse = false): Promise<CompanyPlan> {
  return reviewCompanyPlan('plan-review-4', company, reverse);
}
