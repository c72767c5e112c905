import type { CompanyPlan } from '../../src/advisor/index.js';
import { reviewCompanyPlan } from './review-companies.js';

/** The three companies of the third blind review of the hiring plan (test/fixtures/plan-review-3). */
export const COMPANIES = ['northwind', 'harborbank', 'medora'] as const;
export type Company = (typeof COMPANIES)[number];

/** The company's plan, its team files read in name order, or in reverse. */
export function companyPlan(company: Company, reverse = false): Promise<CompanyPlan> {
  return reviewCompanyPlan('plan-review-3', company, reverse);
}
