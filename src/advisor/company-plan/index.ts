export * from './company-plan.js';
export { planHiring, STALE_AFTER_DAYS, seatState } from './plan-hiring.js';
export { whenNeeded } from './when.js';
