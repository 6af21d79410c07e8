/** The county-level parts of 优质均衡 (standards.md §1.4–1.7): types, items and the judge. */
export * from "./types";
export { assessCounty } from "./assess";
export {
  COUNTY_PART_NAMES,
  COUNTY_PART_NAMES_EN,
  VETO_NAMES,
  governmentItems,
  qualityItems,
  recognitionItems,
} from "./items";
export type { CountyItemInfo } from "./items";
export {
  formatAmount,
  formatLevel,
  formatRatio,
  formatShare,
  formatThresholdShare,
} from "./format";
