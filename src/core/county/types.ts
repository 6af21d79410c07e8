/**
 * The county-level parts of 优质均衡 (standards.md §1.4–1.7): what the core
 * makes of the figures a county sheet gives (those are table/countyFigures.ts,
 * re-exported here). Pure data.
 */
import type { CountyNote } from "../findings";
import type { CountyCellRef, SurveyGroup, VetoId } from "../table/countyFigures";

export * from "../table/countyFigures";

// ---------------------------------------------------------------------------
// The assessment of the county-level parts.
// ---------------------------------------------------------------------------

export type CountyItemStatus = "pass" | "fail" | "missing";
export type CountyItemKind = "quantitative" | "qualitative" | "computed";
export type CountyPartId = "government" | "quality" | "recognition" | "vetoes";

/** One condition of an item (an item such as §1.4 item 11 has two: 10% rotated, 20% of them 骨干). */
export interface CountyCheck {
  name: string;
  /** The figure compared (a fraction for rates, 元 for money, a level 1–4); null when not known. */
  value: number | null;
  /** The value as shown, with the figures it comes from: "9.10%（91 / 1000 人）". */
  text: string;
  /** The standard, as shown: "≥ 10%". */
  threshold: string;
  /** text and threshold in English (the English task pane); the county's own words stay as written. */
  textEn: string;
  thresholdEn: string;
  status: CountyItemStatus;
}

export interface CountyItem {
  part: CountyPartId;
  /** The item's number in its part (1–15, 1–9, 1, 1–6), as the policy text numbers them. */
  number: number;
  /** Stable id, e.g. "teacherRotation". */
  id: string;
  /** The policy wording (教督〔2017〕6号). */
  name: string;
  /** A short name for tables and the terminal. */
  shortName: string;
  kind: CountyItemKind;
  /** The main figure (see CountyCheck.value), null when the item has none or it is missing. */
  value: number | null;
  /** What was found, as shown. */
  text: string;
  threshold: string;
  /** text and threshold in English (the English task pane). */
  textEn: string;
  thresholdEn: string;
  status: CountyItemStatus;
  /**
   * What is short, which figures are missing, remarks on how it was judged (empty
   * for a plain pass): coded, said by the catalogue (renderCountyNotes).
   */
  notes: CountyNote[];
  /** The county sheet's 说明或佐证 of the figures the item was judged from. */
  evidence: string;
  checks: CountyCheck[];
  /** The county-sheet cells the item was judged from. */
  sources: CountyCellRef[];
}

export interface CountyPart {
  id: CountyPartId;
  name: string;
  items: CountyItem[];
  /** Every item passes (a missing item is not a pass). */
  passes: boolean;
  passed: number;
  failed: number;
  missing: number;
}

export interface SurveyGroupResult {
  group: SurveyGroup;
  name: string;
  responses: number | null;
  satisfied: number | null;
  rate: number | null;
}

export interface CountyGap {
  part: CountyPartId;
  partName: string;
  number: number;
  shortName: string;
  status: "fail" | "missing";
  /** The item's notes (CountyItem.notes). */
  notes: CountyNote[];
}

/** 一票否决 decided once (§1.7): what applies, what was not answered. */
export interface VetoVerdict {
  /** 'applies': at least one veto applies; 'unanswered': none applies but some were not answered; 'none'. */
  state: "applies" | "unanswered" | "none";
  applied: VetoId[];
  unanswered: VetoId[];
}

export interface CountyAssessment {
  profile: string;
  /** The county sheet the figures came from. */
  sheet: string;
  /** 资源配置 as the school table gives it: every school and CV of both stages (null: a partial table, not judged). */
  resources: { passes: boolean | null; primary: boolean | null; junior: boolean | null };
  government: CountyPart;
  quality: CountyPart;
  recognition: CountyPart & { groups: SurveyGroupResult[] };
  /** 一票否决: an item passes when the thing did not happen. */
  vetoes: CountyPart;
  /** The vetoes decided once, for every host (the 汇总, the CLI summary, the verdict). */
  vetoVerdict: VetoVerdict;
  /**
   * All four parts pass and no veto applies (a veto not answered is not a pass). Null when
   * 资源配置 cannot be judged (a partial table): no verdict is given.
   */
  passes: boolean | null;
  /** Every failing or missing item, part by part. */
  gaps: CountyGap[];
}
