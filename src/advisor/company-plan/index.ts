export * from './company-plan.js';
export { cellState, planHiring, STALE_AFTER_DAYS } from './plan-hiring.js';
