/**
 * The words of a province's standards file (its specs' labels, its problems), in both locales:
 * a catalogue of its own, beside the shared one, because only the CLI and the page's file
 * reader load a standards file — the task pane's and the custom functions' bundles, which never
 * do, need not carry them (src/core/profiles/load.ts is out of those bundles).
 */
export { PROFILE_FILE as ZH_PROFILE_FILE } from "./zh-CN/profileFile";
export { PROFILE_FILE as EN_PROFILE_FILE } from "./en-US/profileFile";
