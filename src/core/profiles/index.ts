import { BASIC_2012 } from "./basic2012";
import { NATIONAL_2017 } from "./national2017";
import { NATIONAL_2017_ALLOWANCES } from "./allowances2019";
import type { StandardsProfile } from "./profile";

export type {
  Allowances,
  CountyRule,
  CountyStandards,
  SchoolRule,
  StandardsProfile,
} from "./profile";
export { RELATIVE_TOLERANCE } from "./profile";
export { NATIONAL_2017, type QualityProfile } from "./national2017";
export { BASIC_2012 } from "./basic2012";
export { ALLOWANCES_2019, NATIONAL_2017_ALLOWANCES } from "./allowances2019";
export {
  checkProfileFileSize,
  parseProfile,
  parseProfileText,
  PROFILE_FILE_MAX_BYTES,
  THRESHOLD_RANGES,
  type ProfileFileOptions,
} from "./load";

/** Profiles shipped with EduBalance, by id: `--profile ID` and a file's `base`. */
export const PROFILES: Readonly<Record<string, StandardsProfile>> = {
  [NATIONAL_2017.id]: NATIONAL_2017,
  [BASIC_2012.id]: BASIC_2012,
  [NATIONAL_2017_ALLOWANCES.id]: NATIONAL_2017_ALLOWANCES,
};

export const DEFAULT_PROFILE = NATIONAL_2017;

export function findProfile(id: string): StandardsProfile | undefined {
  return Object.prototype.hasOwnProperty.call(PROFILES, id) ? PROFILES[id] : undefined;
}
