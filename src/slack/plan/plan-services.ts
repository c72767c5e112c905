import { DmFiles } from '../dm-files.js';
import type { Services } from '../services.js';
import { HomePictureFiles } from './home-picture-files.js';
import { PictureCache } from './picture-cache.js';
import { renderPlanPicture } from './plan-picture.js';
import { PlansUnderway } from './plans-underway.js';
import type { PlanServices } from './send-plan.js';

/** What the plan's listeners share: the services, the picture renderer, Home's pictures, plans underway. */
export type SharedPlanServices = PlanServices & {
  pictures: PictureCache;
  underway: PlansUnderway;
  dmFiles: DmFiles;
};

const shared = new WeakMap<Services, SharedPlanServices>();

/**
 * The plan's services for one app. `/aiteam plan`, App Home and its "Send me the full plan" button must see
 * the same plans underway (one plan per person at a time, whichever way they asked) and the same picture
 * cache, so the three listeners get one object per app's Services.
 */
export function planServicesOf(services: Services): SharedPlanServices {
  let found = shared.get(services);
  if (!found) {
    found = {
      ...services,
      renderPicture: services.renderPlanPicture ?? renderPlanPicture,
      pictures: new PictureCache(
        services.logger,
        new HomePictureFiles(services.homePictures, services.clock, services.logger),
      ),
      underway: new PlansUnderway(undefined, services.support),
      dmFiles: new DmFiles(services.dmFileStore, services.clock, services.logger),
    };
    shared.set(services, found);
  }
  return found;
}
