/**
 * The remembered setup lives in the document's add-in settings
 * (Office.context.document.settings): it travels with the workbook, is private
 * to the add-in, and needs no sheet of its own that a user could trip over.
 */
import type { SampleSettings, SavedSetup } from "../../ui/gateway";

export const SETUP_KEY = "EduBalance.setup";

function isRecordOfStrings(v: unknown): v is Record<string, string> {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === "string")
  );
}

/** The saved setup, or null when none or when it is not one we understand (a later version, a hand edit). */
export function parseSetup(raw: unknown): SavedSetup | null {
  let v: unknown = raw;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (typeof v !== "object" || v === null) return null;
  const s = v as Partial<SavedSetup>;
  if (s.version !== 1 || typeof s.school !== "object" || s.school === null) return null;
  const school = s.school as SavedSetup["school"];
  if (school.kind === "sheet") {
    if (typeof school.sheet !== "string" || school.sheet === "") return null;
  } else if (school.kind === "range") {
    if (typeof school.sheet !== "string" || typeof school.address !== "string") return null;
  } else return null;
  if (s.classSheet !== null && typeof s.classSheet !== "string") return null;
  if (!isRecordOfStrings(s.overrides)) return null;
  const setup: SavedSetup = {
    version: 1,
    school,
    classSheet: s.classSheet ?? null,
    overrides: { ...s.overrides },
    savedAt: typeof s.savedAt === "string" ? s.savedAt : "",
  };
  // Later additions: a setup saved before them has none, and one that is not understood is dropped, not the setup.
  if (s.countySheet === null || typeof s.countySheet === "string")
    setup.countySheet = s.countySheet;
  if (typeof s.profile === "string" && s.profile !== "") setup.profile = s.profile;
  const sample = s.sample as Partial<SampleSettings> | undefined;
  if (
    sample &&
    typeof sample === "object" &&
    Number.isInteger(sample.seed) &&
    typeof sample.share === "number"
  ) {
    setup.sample = { seed: sample.seed as number, share: sample.share };
  }
  return setup;
}

export function loadSetup(settings: Office.Settings | undefined): SavedSetup | null {
  if (!settings) return null;
  try {
    return parseSetup(settings.get(SETUP_KEY));
  } catch {
    return null;
  }
}

/** Stores the setup and saves the settings into the document (they are lost otherwise). */
export function saveSetup(settings: Office.Settings | undefined, setup: SavedSetup): Promise<void> {
  if (!settings) return Promise.resolve();
  settings.set(SETUP_KEY, JSON.stringify(setup));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result && String(result.status) === "failed") {
        reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
      } else resolve();
    });
  });
}
