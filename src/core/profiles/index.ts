import { NATIONAL_2017 } from './national2017';
import type { StandardsProfile } from './profile';

export type { StandardsProfile } from './profile';
export { RELATIVE_TOLERANCE } from './profile';
export { NATIONAL_2017 } from './national2017';

/** Profiles shipped with EduBalance, by id. */
export const PROFILES: Readonly<Record<string, StandardsProfile>> = {
  [NATIONAL_2017.id]: NATIONAL_2017,
};

export const DEFAULT_PROFILE = NATIONAL_2017;

export function findProfile(id: string): StandardsProfile | undefined {
  return PROFILES[id];
}
