export * from './company-plan.js';
export { inThisPlan, planHiring, STALE_AFTER_DAYS, seatState, sharedSeatPeople } from './plan-hiring.js';
export { peopleByRows, teamPeople, unrunSharedSeats } from './plan-people.js';
export { whenNeeded } from './when.js';
