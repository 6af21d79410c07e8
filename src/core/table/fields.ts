/**
 * The fields of the school sheet and the class sheet, as data: the template's
 * header, and the key terms by which a header in someone else's workbook is
 * recognised (template.md §1 and §2). The matching code in header.ts reads only
 * this table.
 */
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import { indicatorInputFields } from "../schoolValues";
import type { SchoolRecord, ClassRecord } from "../types";
import { ALL_INDICATOR_IDS, STAGES } from "../types";
import { matchText } from "./cells";

export type SheetKind = "school" | "class";

/** How a field's cells are read. */
export type ValueKind =
  | "name" // 学校名称: text, required on every row
  | "text" // free text (学区/集团, 班级)
  | "schoolType"
  | "ownership"
  | "locale"
  | "sponsor" // 举办者类型: the form's code 1–10 or its name
  | "stage"
  | "count" // non-negative integer (students, teachers, classes, rooms)
  | "area" // non-negative number, ㎡
  | "money" // non-negative number, converted to 元 by the header's unit
  | "yesNo" // 是/否
  | "year" // a calendar year (建校年份)
  | "roomAreas"; // one area per room, "96,80" (㎡)

export type StageOfField = "primary" | "junior" | "senior";

/** 专任教师 by 学历, as the statistics count them (基础基 teachers' tables). */
export type Degree = "postgraduate" | "bachelor" | "associate" | "belowAssociate";

/** A figure written once per school for whichever stage it teaches: not a SchoolRecord field. */
export type StagelessField =
  | "stageStudents"
  | "stageClasses"
  | "stageQualifiedTeachers"
  | "stageBackboneTeachers"
  | "stagePeArtTeachers";

/** A part of a stage's teachers by 学历: not a SchoolRecord field, summed into one (degreeSums). */
export type DegreePartField =
  | "primaryPostgraduateTeachers"
  | "primaryBachelorTeachers"
  | "primaryAssociateTeachers"
  | "primaryBelowAssociateTeachers"
  | "juniorPostgraduateTeachers"
  | "juniorBachelorTeachers"
  | "juniorAssociateTeachers"
  | "juniorBelowAssociateTeachers";

export interface FieldRule {
  field: keyof SchoolRecord | keyof ClassRecord | DegreePartField | StagelessField;
  sheet: SheetKind;
  /** The header in the clean data template. */
  templateHeader: string;
  /** What the field is called in messages (Chinese / English). */
  label: string;
  labelEn: string;
  /** Every group must occur in the header; any one term of a group will do. */
  allOf: readonly (readonly string[])[];
  /** The header must contain none of these. */
  noneOf: readonly string[];
  kind: ValueKind;
  stage?: StageOfField;
  /**
   * Not needed for any indicator of the default profile: a school is read without
   * it. schoolFieldRules(profile) sets it for the chosen profile (the 2012 fields
   * are required under basic-2012, 骨干 and 体育艺术 teachers are not).
   */
  optional?: boolean;
  /**
   * A fact the 2019 认定规程 allowances rest on (ALLOWANCE_FACT_RULES): always
   * optional; "template" columns are in the template of a profile that applies
   * the allowances, "alternative" ones are other forms of the same fact (是/否
   * instead of a year, counts by area band instead of a list of areas).
   */
  allowanceFact?: "template" | "alternative";
  /**
   * Headers that name the field on their own, though they lack a key term: the
   * whole header (units aside) is one of these (学校 for 学校名称).
   */
  wholeHeaders?: readonly string[];
  /**
   * Teachers of one 学历 in one stage: read like a count, never in the template,
   * and summed by the rule into the stage's 高于规定学历教师数 (QUALIFYING_DEGREES).
   */
  degreePart?: { stage: "primary" | "junior"; degree: Degree };
  /**
   * One column for every stage (在校生数, 班级数 …, as school lists and 事业统计
   * totals have them): for a school that teaches one stage it is that stage's
   * figure; a school spanning stages needs the per-stage columns.
   */
  stageless?: Partial<Record<StageOfField, keyof SchoolRecord>>;
}

const PRIMARY = ["小学"];
const JUNIOR = ["初中", "初级中学"];
const SENIOR = ["高中", "高级中学"];
const STAGE_TERMS: Record<StageOfField, string[]> = {
  primary: PRIMARY,
  junior: JUNIOR,
  senior: SENIOR,
};
const STAGE_LABEL: Record<StageOfField, string> = {
  primary: "小学",
  junior: "初中",
  senior: "高中",
};
const STAGE_LABEL_EN: Record<StageOfField, string> = {
  primary: "primary",
  junior: "junior",
  senior: "senior",
};

/**
 * Columns of derived figures (生均…, 每百名学生…) are results, never inputs: a
 * workbook that already holds them must not have them read as the raw counts.
 */
const DERIVED = ["生均", "每百"];

/** A header of a derived figure (生均图书册数, 每百名学生拥有…): a result, never read as an input. */
export function isDerivedHeader(full: string): boolean {
  return DERIVED.some((d) => full.includes(d));
}

/** "中小学" contains "小学"; a 中小学 total is not a 小学 column. */
function stageNoneOf(stage: StageOfField): string[] {
  return stage === "primary" ? ["中小学"] : [];
}

function perStage(
  stage: StageOfField,
  field: keyof SchoolRecord,
  templateSuffix: string,
  labelEn: string,
  terms: readonly (readonly string[])[],
  noneOf: readonly string[] = []
): FieldRule {
  return {
    field,
    sheet: "school",
    templateHeader: STAGE_LABEL[stage] + templateSuffix,
    label: STAGE_LABEL[stage] + templateSuffix,
    labelEn: `${STAGE_LABEL_EN[stage]} ${labelEn}`,
    allOf: [STAGE_TERMS[stage], ...terms],
    noneOf: [...stageNoneOf(stage), ...DERIVED, ...noneOf],
    kind: "count",
    stage,
  };
}

const STUDENTS = ["在校生", "学生数"];
/** 专任教师 also occurs in the indicator columns' headers (体育艺术专任教师, 高于规定学历专任教师). */
const FULL_TIME_NOT = [
  "体育",
  "艺术",
  "学历",
  "骨干",
  "职称",
  "专业技术",
  "资格",
  // 专任教师 by 学历 (研究生 | 本科 | 专科 | 高中及以下) are parts, not the whole.
  "研究生",
  "博士",
  "硕士",
  "本科",
  "专科",
  "大专",
  "高中",
  "中等专业",
  "中等师范",
  "毕业",
];
/** Totals of teachers by 学历 (专任教师学历·合计) are all teachers, not those above the required 学历. */
const TOTAL_NOT = ["合计", "小计", "总计"];

/**
 * Which 学历 count as 高于规定学历 (standards.md §1.1): 小学 teachers with 专科 or
 * above, 初中 teachers with 本科 or above.
 */
export const QUALIFYING_DEGREES: Readonly<Record<"primary" | "junior", readonly Degree[]>> = {
  primary: ["postgraduate", "bachelor", "associate"],
  junior: ["postgraduate", "bachelor"],
};

const DEGREE_TERMS: Record<Degree, string[]> = {
  postgraduate: ["研究生", "博士", "硕士"],
  bachelor: ["本科"],
  associate: ["专科", "大专"],
  // 高中阶段毕业, 高中阶段以下, 中等专业学校, 中等师范: below 专科 (not 中专: 初中专任教师 has it).
  belowAssociate: ["高中", "中等专业", "中等师范"],
};
export const DEGREE_LABEL: Record<Degree, { zh: string; en: string }> = {
  postgraduate: { zh: "研究生", en: "postgraduate" },
  bachelor: { zh: "本科", en: "bachelor's" },
  associate: { zh: "专科", en: "associate (专科)" },
  belowAssociate: { zh: "高中及以下", en: "upper-secondary or below" },
};

function degreePart(stage: "primary" | "junior", degree: Degree): FieldRule {
  const label = `${STAGE_LABEL[stage]}${DEGREE_LABEL[degree].zh}学历专任教师数`;
  return {
    field: `${stage}${degree[0].toUpperCase()}${degree.slice(1)}Teachers` as DegreePartField,
    sheet: "school",
    templateHeader: label,
    label,
    labelEn: `${STAGE_LABEL_EN[stage]} full-time teachers with ${DEGREE_LABEL[degree].en} degrees`,
    allOf: [STAGE_TERMS[stage], DEGREE_TERMS[degree], ["教师", "学历"]],
    // 本科及以上 is a running total, not a part; the others are not teachers by 学历.
    noneOf: [
      ...stageNoneOf(stage),
      ...DERIVED,
      ...TOTAL_NOT,
      "以上",
      "比例",
      "占比",
      "%",
      "骨干",
      "体育",
      "艺术",
      "职称",
      "学生",
    ],
    kind: "count",
    stage,
    optional: true,
    degreePart: { stage, degree },
  };
}

/** Teachers by 学历, per stage: read wherever a table has them. */
function degreePartRules(): FieldRule[] {
  const degrees: Degree[] = ["postgraduate", "bachelor", "associate", "belowAssociate"];
  return (["primary", "junior"] as const).flatMap((stage) =>
    degrees.map((d) => degreePart(stage, d))
  );
}
/**
 * Places a school sits in (区县, 乡镇, 街道, 学区, 所在地): city-wide lists carry their
 * 名称 and 类型 beside the school's own, and they are never the school's name or type.
 * Matched on NFKC text, so 县（市、区） is 县(市.
 */
const PLACE = [
  "区县",
  "县区",
  "县(市",
  "市县",
  "地市",
  "市州",
  "省份",
  "乡镇",
  "街道",
  "所在地",
  "行政区",
];
const SCHOOL_NAME_NOT = ["学区", "集团", "部门", "举办", "主管", ...PLACE];
/** A column headed just 学校 (or 校名) holds the schools' names: lists often say no more. */
const SCHOOL_NAME_WHOLE = ["学校", "校名", "学校名", "学校（单位）", "学校（机构）"];

// ---------------------------------------------------------------------------
// Facts the 2019 认定规程 allowances rest on (application-form.md §2). Optional
// everywhere; read whenever the table has them, applied only by a profile that
// has allowances. Kept together here (other field groups are added elsewhere).
// ---------------------------------------------------------------------------

const SHARED_TEACHERS = ["交流轮岗", "交流", "兼职", "走教"];
const PE_ART = ["体育", "艺术", "音体美"];

function fact(
  field: keyof SchoolRecord,
  templateHeader: string,
  labelEn: string,
  allOf: readonly (readonly string[])[],
  noneOf: readonly string[],
  kind: ValueKind,
  place: "template" | "alternative" = "template",
  label = templateHeader.replace(/（.*$/, "")
): FieldRule {
  return {
    field,
    sheet: "school",
    templateHeader,
    label,
    labelEn,
    allOf,
    noneOf,
    kind,
    optional: true,
    allowanceFact: place,
  };
}

/** An area band of 音乐/美术 rooms: the band's lower bound must be in the header, the next band's not. */
function roomBand(
  field: keyof SchoolRecord,
  room: "音乐" | "美术",
  from: number,
  below: number | undefined,
  lowerBand: number | undefined
): FieldRule {
  const range = below === undefined ? `${from}㎡及以上` : `${from}～${below}㎡`;
  return fact(
    field,
    `${room}专用教室数（${range}）`,
    `${room === "音乐" ? "music" : "art"} rooms of ${below === undefined ? `${from} m² or more` : `${from}–${below} m²`}`,
    [[room], ["教室", "室"], [String(from)]],
    [...DERIVED, "教师", ...(lowerBand === undefined ? [] : [String(lowerBand)])],
    "count",
    "alternative",
    `${room}专用教室数（${range}）`
  );
}

function allowanceFactRules(): FieldRule[] {
  return [
    fact(
      "builtYear",
      "建校年份",
      "year built",
      [["建校", "建成年", "建设年"]],
      ["是否", "之前", "以前"],
      "year"
    ),
    fact(
      "builtBy2010",
      "是否2010年及之前建成",
      "built in 2010 or before",
      [["2010"], ["建成", "建校", "建设"]],
      [],
      "yesNo",
      "alternative"
    ),
    fact(
      "builtBy2016",
      "是否2016年及之前建成",
      "built in 2016 or before",
      [["2016"], ["建成", "建校", "建设"]],
      [],
      "yesNo",
      "alternative"
    ),
    fact(
      "migrantStudents",
      "随迁子女数",
      "children of migrant workers",
      [["随迁子女", "进城务工"]],
      [...DERIVED, "比例", "占比", "%"],
      "count"
    ),
    fact("centralUrban", "是否中心城区", "in the central city", [["中心城区"]], [], "yesNo"),
    fact("ruralSmallSchool", "是否农村小规模学校", "small rural school", [["小规模"]], [], "yesNo"),
    {
      ...fact(
        "primarySharedPeArtTeachers",
        "小学交流轮岗兼职走教体育艺术教师数",
        "primary PE and arts teachers by rotation, part-time or visiting",
        [PRIMARY, SHARED_TEACHERS, PE_ART],
        [...stageNoneOf("primary"), ...DERIVED, "教室"],
        "count"
      ),
      stage: "primary",
    },
    {
      ...fact(
        "juniorSharedPeArtTeachers",
        "初中交流轮岗兼职走教体育艺术教师数",
        "junior PE and arts teachers by rotation, part-time or visiting",
        [JUNIOR, SHARED_TEACHERS, PE_ART],
        [...DERIVED, "教室"],
        "count"
      ),
      stage: "junior",
    },
    fact(
      "sharedPeArtTeachers",
      "交流轮岗兼职走教体育艺术教师数",
      "PE and arts teachers by rotation, part-time or visiting",
      [SHARED_TEACHERS, PE_ART],
      [...DERIVED, "教室"],
      "count",
      "alternative"
    ),
    fact(
      "leasedSportsArea",
      "校外租赁及楼顶地下运动场地面积（㎡）",
      "leased, rooftop and underground sports area",
      [
        ["租赁", "楼顶", "屋顶", "地下", "校外"],
        ["运动", "体育"],
      ],
      DERIVED,
      "area"
    ),
    fact(
      "musicRoomAreas",
      "音乐专用教室各间面积（㎡）",
      "music room areas",
      [["音乐"], ["面积"]],
      [...DERIVED, "教师"],
      "roomAreas"
    ),
    fact(
      "artRoomAreas",
      "美术专用教室各间面积（㎡）",
      "art room areas",
      [["美术"], ["面积"]],
      [...DERIVED, "教师"],
      "roomAreas"
    ),
    roomBand("musicRoomsFrom96", "音乐", 96, undefined, 73),
    roomBand("musicRoomsFrom73To96", "音乐", 73, 96, 61),
    roomBand("musicRoomsFrom61To73", "音乐", 61, 73, undefined),
    roomBand("artRoomsFrom90", "美术", 90, undefined, 67),
    roomBand("artRoomsFrom67To90", "美术", 67, 90, 61),
    roomBand("artRoomsFrom61To67", "美术", 61, 67, undefined),
  ];
}

/** A stage's name in a header: a column with one is that stage's, not every stage's. */
const ANY_STAGE = [...PRIMARY, ...JUNIOR, ...SENIOR, "中小学", "义务教育"];

function stageless(
  field: StagelessField,
  templateHeader: string,
  labelEn: string,
  allOf: readonly (readonly string[])[],
  noneOf: readonly string[],
  targets: Partial<Record<StageOfField, keyof SchoolRecord>>
): FieldRule {
  return {
    field,
    sheet: "school",
    templateHeader,
    // Said in the wizard's field list and in messages beside the per-stage fields.
    label: `${templateHeader}（不分学段）`,
    labelEn: `${labelEn} (all stages)`,
    allOf,
    noneOf: [...ANY_STAGE, ...DERIVED, ...noneOf],
    kind: "count",
    optional: true,
    stageless: targets,
  };
}

/**
 * School lists and the 事业统计 totals give one 在校生数, 班级数 and teachers per
 * school, the stage being the school's type (issue 23). Sub-counts (其中：女,
 * 随迁子女, 寄宿生 …) and other schools' pupils (附设幼儿班) are not the school's students.
 */
function stagelessRules(): FieldRule[] {
  return [
    stageless(
      "stageStudents",
      "在校生数",
      "students",
      [STUDENTS],
      [
        "其中",
        "女",
        "幼儿",
        "学前",
        "附设",
        "随迁",
        "进城务工",
        "寄宿",
        "留守",
        "残疾",
        "少数民族",
        "借读",
        "平均",
        "班额",
      ],
      { primary: "primaryStudents", junior: "juniorStudents", senior: "seniorStudents" }
    ),
    stageless(
      "stageClasses",
      "班级数",
      "classes",
      [["班级数", "班数", "教学班"]],
      ["班额", "大班", "以上", "其中", "附设", "幼儿"],
      { primary: "primaryClasses", junior: "juniorClasses" }
    ),
    stageless(
      "stageQualifiedTeachers",
      "高于规定学历教师数",
      "teachers above the required qualification",
      [["学历"]],
      [...TOTAL_NOT, ...FULL_TIME_NOT.filter((t) => t !== "学历")],
      { primary: "primaryQualifiedTeachers", junior: "juniorQualifiedTeachers" }
    ),
    stageless(
      "stageBackboneTeachers",
      "县级以上骨干教师数",
      "county-level or higher backbone teachers",
      [["骨干"]],
      [],
      { primary: "primaryBackboneTeachers", junior: "juniorBackboneTeachers" }
    ),
    stageless(
      "stagePeArtTeachers",
      "体育艺术专任教师数",
      "PE and arts teachers",
      [["体育"], ["艺术"]],
      ["教室", ...SHARED_TEACHERS],
      { primary: "primaryPeArtTeachers", junior: "juniorPeArtTeachers" }
    ),
  ];
}

/** Order = the template's column order (templateHeaders()). */
export const SCHOOL_FIELD_RULES: readonly FieldRule[] = [
  {
    field: "name",
    sheet: "school",
    templateHeader: "学校名称",
    label: "学校名称",
    labelEn: "school name",
    // 学区/集团名称 names the group, 主管部门/举办者名称 the authority: not the school.
    allOf: [["名称"]],
    noneOf: SCHOOL_NAME_NOT,
    wholeHeaders: SCHOOL_NAME_WHOLE,
    kind: "name",
  },
  {
    // The 10 digits of the 教育事业统计 (学校标识码): what matches a school across the years (issue 25).
    field: "code",
    sheet: "school",
    templateHeader: "学校标识码",
    label: "学校标识码",
    labelEn: "school code",
    allOf: [["标识码", "学校代码", "识别码"]],
    noneOf: [],
    kind: "text",
    optional: true,
  },
  {
    field: "type",
    sheet: "school",
    templateHeader: "学校类型",
    label: "学校类型",
    labelEn: "school type",
    // 举办者类型 (statistics exports) says who runs the school, not what kind it is; 区县类型,
    // 学区类型 that of its place or group.
    allOf: [["类型", "类别"]],
    noneOf: ["城乡", "举办", "学区", "集团", ...PLACE],
    kind: "schoolType",
  },
  {
    field: "ownership",
    sheet: "school",
    templateHeader: "办学性质",
    label: "办学性质",
    labelEn: "ownership",
    allOf: [["性质"]],
    noneOf: [],
    kind: "ownership",
    optional: true,
  },
  {
    field: "locale",
    sheet: "school",
    templateHeader: "城乡类别",
    label: "城乡类别",
    labelEn: "urban/rural category",
    allOf: [["城乡"]],
    noneOf: [],
    kind: "locale",
    optional: true,
  },
  {
    field: "group",
    sheet: "school",
    templateHeader: "学区/集团",
    label: "学区/集团",
    labelEn: "school district/group",
    allOf: [["学区", "集团"]],
    // 学区类型 is what kind of district it is, not which.
    noneOf: ["类型", "类别"],
    kind: "text",
    optional: true,
  },
  perStage("primary", "primaryStudents", "在校生数", "students", [STUDENTS]),
  perStage("junior", "juniorStudents", "在校生数", "students", [STUDENTS]),
  perStage("senior", "seniorStudents", "在校生数", "students", [STUDENTS]),
  { ...perStage("primary", "primaryClasses", "班级数", "classes", [["班级"]]), optional: true },
  { ...perStage("junior", "juniorClasses", "班级数", "classes", [["班级"]]), optional: true },
  perStage(
    "primary",
    "primaryQualifiedTeachers",
    "高于规定学历教师数",
    "teachers above the required qualification",
    [["学历"]],
    TOTAL_NOT
  ),
  perStage(
    "junior",
    "juniorQualifiedTeachers",
    "高于规定学历教师数",
    "teachers above the required qualification",
    [["学历"]],
    TOTAL_NOT
  ),
  ...degreePartRules(),
  ...stagelessRules(),
  perStage(
    "primary",
    "primaryBackboneTeachers",
    "县级以上骨干教师数",
    "county-level or higher backbone teachers",
    [["骨干"]]
  ),
  perStage(
    "junior",
    "juniorBackboneTeachers",
    "县级以上骨干教师数",
    "county-level or higher backbone teachers",
    [["骨干"]]
  ),
  perStage(
    "primary",
    "primaryPeArtTeachers",
    "体育艺术专任教师数",
    "PE and arts teachers",
    [["体育"], ["艺术"]],
    ["教室"]
  ),
  perStage(
    "junior",
    "juniorPeArtTeachers",
    "体育艺术专任教师数",
    "PE and arts teachers",
    [["体育"], ["艺术"]],
    ["教室"]
  ),
  {
    ...perStage(
      "primary",
      "primaryIntermediateTitleTeachers",
      "中级及以上职称教师数",
      "teachers of intermediate or higher title",
      [["职称", "专业技术职务"]]
    ),
    optional: true,
  },
  {
    ...perStage(
      "junior",
      "juniorIntermediateTitleTeachers",
      "中级及以上职称教师数",
      "teachers of intermediate or higher title",
      [["职称", "专业技术职务"]]
    ),
    optional: true,
  },
  {
    field: "teachingArea",
    sheet: "school",
    templateHeader: "教学及辅助用房面积（㎡）",
    label: "教学及辅助用房面积",
    labelEn: "teaching and auxiliary floor area",
    allOf: [["教学及辅助用房", "教学辅助用房"]],
    noneOf: DERIVED,
    kind: "area",
  },
  {
    field: "indoorSportsArea",
    sheet: "school",
    templateHeader: "其中：室内体育用房面积（㎡）",
    label: "室内体育用房面积",
    labelEn: "indoor sports floor area",
    allOf: [["室内体育"]],
    noneOf: DERIVED,
    kind: "area",
  },
  {
    // 体育运动场馆面积 is the indicator's sum (运动场地 + 室内), not the ground alone.
    field: "outdoorSportsArea",
    sheet: "school",
    templateHeader: "运动场地面积（㎡）",
    label: "运动场地面积",
    labelEn: "sports ground area",
    allOf: [["运动场"]],
    noneOf: [...DERIVED, "场馆"],
    kind: "area",
  },
  {
    field: "equipmentValue",
    sheet: "school",
    templateHeader: "教学仪器设备值（万元）",
    label: "教学仪器设备值",
    labelEn: "teaching equipment value",
    allOf: [["仪器设备"]],
    noneOf: DERIVED,
    kind: "money",
  },
  {
    field: "multimediaRooms",
    sheet: "school",
    templateHeader: "网络多媒体教室数（间）",
    label: "网络多媒体教室数",
    labelEn: "networked multimedia classrooms",
    allOf: [["多媒体"]],
    noneOf: DERIVED,
    kind: "count",
  },
  {
    // 2012: 每百名学生拥有计算机台数. A 计算机教室 is a room, and a money column is not a count.
    field: "computers",
    sheet: "school",
    templateHeader: "计算机台数（台）",
    label: "计算机台数",
    labelEn: "computers",
    allOf: [["计算机", "电脑"]],
    noneOf: [...DERIVED, "教室", "元"],
    kind: "count",
    optional: true,
  },
  {
    // 2012: 生均图书册数. 图书馆/图书室面积 and 图书经费 are other things.
    field: "books",
    sheet: "school",
    templateHeader: "图书册数（册）",
    label: "图书册数",
    labelEn: "library books",
    allOf: [["图书", "藏书"]],
    noneOf: [...DERIVED, "面积", "经费", "元"],
    kind: "count",
    optional: true,
  },
  {
    field: "musicRooms",
    sheet: "school",
    templateHeader: "音乐专用教室数（间）",
    label: "音乐专用教室数",
    labelEn: "music rooms",
    allOf: [["音乐"], ["教室"]],
    noneOf: [...DERIVED, "教师", "面积"],
    kind: "count",
    optional: true,
  },
  {
    field: "artRooms",
    sheet: "school",
    templateHeader: "美术专用教室数（间）",
    label: "美术专用教室数",
    labelEn: "art rooms",
    allOf: [["美术"], ["教室"]],
    noneOf: [...DERIVED, "教师", "面积"],
    kind: "count",
    optional: true,
  },
  // --- What the official 申报表 shows per school (表Ⅰ L21–L24, 表Ⅱ-2 L3, L5) -------------
  // Optional: no indicator uses them; a blank cell is 未填报 in the form, never 0.
  {
    field: "sponsor",
    sheet: "school",
    templateHeader: "举办者类型",
    label: "举办者类型",
    labelEn: "sponsor type",
    allOf: [["举办者", "举办单位", "主办"]],
    noneOf: ["名称"],
    kind: "sponsor",
    optional: true,
  },
  {
    field: "grades",
    sheet: "school",
    templateHeader: "年级数",
    label: "年级数",
    labelEn: "grades",
    allOf: [["年级数", "年级个数"]],
    noneOf: DERIVED,
    kind: "count",
    optional: true,
  },
  // 教职工数: 表Ⅰ L21, L23, and the 2012 师生比 (教职工 ÷ 学生, standards.md §2), per stage.
  { ...perStage("primary", "primaryStaff", "教职工数", "staff", [["教职工"]]), optional: true },
  { ...perStage("junior", "juniorStaff", "教职工数", "staff", [["教职工"]]), optional: true },
  {
    ...perStage(
      "primary",
      "primaryFullTimeTeachers",
      "专任教师数",
      "full-time teachers",
      [["专任教师"]],
      FULL_TIME_NOT
    ),
    optional: true,
  },
  {
    ...perStage(
      "junior",
      "juniorFullTimeTeachers",
      "专任教师数",
      "full-time teachers",
      [["专任教师"]],
      FULL_TIME_NOT
    ),
    optional: true,
  },
  ...allowanceFactRules(),
];

export const CLASS_FIELD_RULES: readonly FieldRule[] = [
  {
    field: "school",
    sheet: "class",
    templateHeader: "学校名称",
    label: "学校名称",
    labelEn: "school name",
    allOf: [["名称"]],
    noneOf: ["班级", ...SCHOOL_NAME_NOT],
    wholeHeaders: SCHOOL_NAME_WHOLE,
    kind: "name",
  },
  {
    field: "stage",
    sheet: "class",
    templateHeader: "学段",
    label: "学段",
    labelEn: "stage",
    allOf: [["学段"]],
    noneOf: [],
    kind: "stage",
  },
  {
    field: "className",
    sheet: "class",
    templateHeader: "班级",
    label: "班级",
    labelEn: "class",
    allOf: [["班级"]],
    noneOf: ["人数", "学生数"],
    kind: "text",
  },
  {
    field: "students",
    sheet: "class",
    templateHeader: "学生数",
    label: "学生数",
    labelEn: "students",
    allOf: [["人数", "学生数"]],
    noneOf: [],
    kind: "count",
  },
];

/** Every field some indicator is computed from (INDICATORS' numerators): what a profile may or may not need. */
const INDICATOR_INPUTS: ReadonlySet<string> = new Set(
  indicatorInputFields({ ...NATIONAL_2017, indicators: ALL_INDICATOR_IDS }, STAGES)
);
const DEFAULT_INPUTS: ReadonlySet<string> = new Set(indicatorInputFields(NATIONAL_2017, STAGES));

/** 教职工数 is also a column of the official form (表Ⅰ L21, L23): read and templated whatever the profile. */
const FORM_FIELDS: ReadonlySet<string> = new Set(["primaryStaff", "juniorStaff"]);

const rulesCache = new WeakMap<StandardsProfile, readonly FieldRule[]>();

/**
 * The school sheet's fields for a profile: every field of the default profile's
 * template (those its indicators do not use become optional) and the inputs of
 * the profile's own indicators (required). The 2012 columns are not looked for
 * under 2017, so a workbook's extra 图书/计算机 columns stay unread there.
 */
export function schoolFieldRules(profile: StandardsProfile = NATIONAL_2017): readonly FieldRule[] {
  let rules = rulesCache.get(profile);
  if (rules === undefined) {
    const needed = new Set<string>(indicatorInputFields(profile, STAGES));
    rules = SCHOOL_FIELD_RULES.filter(
      (r) =>
        !INDICATOR_INPUTS.has(r.field) ||
        needed.has(r.field) ||
        DEFAULT_INPUTS.has(r.field) ||
        FORM_FIELDS.has(r.field)
    ).map((r) => {
      if (!INDICATOR_INPUTS.has(r.field)) return r;
      const optional = !needed.has(r.field);
      return (r.optional === true) === optional ? r : { ...r, optional };
    });
    rulesCache.set(profile, rules);
  }
  return rules;
}

/** The sheet names of the clean template. */
export const TEMPLATE_SHEET_NAMES: Readonly<Record<SheetKind, string>> = {
  school: "学校基础数据",
  class: "班级",
};

export interface TemplateHeaders {
  schoolSheet: { name: string; headers: string[]; fields: string[] };
  classSheet: { name: string; headers: string[]; fields: string[] };
}

/**
 * The clean template's header rows, in order (template.md, "header in the
 * template"). The CLI's example generator and the wizard's "create template"
 * step both write these, so that what they write is what the reader reads best.
 * A profile's template has the columns its indicators need and leaves out the
 * indicator columns it does not use (the 2012 template has 计算机, 图书, 教职工
 * and 中级职称 columns, and no 骨干 or 体育艺术 teachers or 多媒体教室).
 */
export function templateHeaders(profile: StandardsProfile = NATIONAL_2017): TemplateHeaders {
  const school = schoolFieldRules(profile).filter(
    (r) =>
      (!(INDICATOR_INPUTS.has(r.field) && r.optional === true) || FORM_FIELDS.has(r.field)) &&
      (r.allowanceFact === undefined ||
        (r.allowanceFact === "template" && profile.allowances !== undefined)) &&
      r.degreePart === undefined &&
      r.stageless === undefined
  );
  return {
    schoolSheet: {
      name: TEMPLATE_SHEET_NAMES.school,
      headers: school.map((r) => r.templateHeader),
      fields: school.map((r) => r.field),
    },
    classSheet: {
      name: TEMPLATE_SHEET_NAMES.class,
      headers: CLASS_FIELD_RULES.map((r) => r.templateHeader),
      fields: CLASS_FIELD_RULES.map((r) => r.field),
    },
  };
}

export function findFieldRule(field: string): FieldRule | undefined {
  return (
    SCHOOL_FIELD_RULES.find((r) => r.field === field) ??
    CLASS_FIELD_RULES.find((r) => r.field === field)
  );
}

/** The key terms of a rule in words, for "the header should contain …" messages. */
export function describeKeywords(rule: FieldRule): { zh: string; en: string } {
  const several = rule.allOf.length > 1;
  const zh = rule.allOf
    .map((g) =>
      g.length > 1 && several
        ? `（${g.map((t) => `「${t}」`).join("或")}）`
        : g.map((t) => `「${t}」`).join("或")
    )
    .join("和");
  const en = rule.allOf
    .map((g) => (g.length > 1 && several ? `(${g.join(" or ")})` : g.join(" or ")))
    .join(" and ");
  // 生均/每百 and 中小学 guard against derived or mixed columns; not worth a user's attention.
  // Nor are the places a school sits in (区县, 乡镇…) and totals (合计): nobody heads a field with them.
  const not = rule.noneOf.filter(
    (t) => !DERIVED.includes(t) && t !== "中小学" && !PLACE.includes(t) && !TOTAL_NOT.includes(t)
  );
  const whole = rule.wholeHeaders ?? [];
  return {
    zh:
      (not.length > 0 ? `${zh}（且不含${not.map((t) => `「${t}」`).join("、")}）` : zh) +
      (whole.length > 0 ? `，或就是${whole.map((t) => `「${t}」`).join("或")}` : ""),
    en:
      (not.length > 0 ? `${en} (but not ${not.join(", ")})` : en) +
      (whole.length > 0 ? `, or be just ${whole.join(" or ")}` : ""),
  };
}

/** How strongly a header matches a rule: terms found in the column's own text count first. */
export interface FieldScore {
  rule: FieldRule;
  /** Characters of matched terms found in the column's own (lowest) header text. */
  own: number;
  /** Characters of matched terms in the whole header (group text + own text). */
  total: number;
}

/** Pre-normalised terms, so that matching compares like with like. */
interface NormalisedTerms {
  allOf: string[][];
  noneOf: string[];
  whole: string[];
}
const normalisedTerms = new WeakMap<FieldRule, NormalisedTerms>();
function termsOf(rule: FieldRule): NormalisedTerms {
  let t = normalisedTerms.get(rule);
  if (!t) {
    t = {
      allOf: rule.allOf.map((g) => g.map(matchText)),
      noneOf: rule.noneOf.map(matchText),
      whole: (rule.wholeHeaders ?? []).map(matchText),
    };
    normalisedTerms.set(rule, t);
  }
  return t;
}

/**
 * Does a header (normalised full text and own text) satisfy a rule? The most
 * specific match wins later: own-text characters first, then total characters.
 */
export function scoreField(rule: FieldRule, full: string, own: string): FieldScore | undefined {
  const terms = termsOf(rule);
  for (const t of terms.noneOf) if (full.includes(t)) return undefined;
  // 学校 alone: as specific as a key term found in the column's own text.
  if (terms.whole.includes(own)) return { rule, own: own.length, total: own.length };
  let ownChars = 0;
  let totalChars = 0;
  for (const group of terms.allOf) {
    let best = 0;
    let bestOwn = 0;
    for (const term of group) {
      if (!full.includes(term)) continue;
      const inOwn = own.includes(term) ? term.length : 0;
      if (term.length > best || (term.length === best && inOwn > bestOwn)) {
        best = term.length;
        bestOwn = inOwn;
      }
    }
    if (best === 0) return undefined;
    ownChars += bestOwn;
    totalChars += best;
  }
  return { rule, own: ownChars, total: totalChars };
}

/** A header without what does not name the field: a leading 其中： and a trailing unit in brackets. */
function headerCore(text: string): string {
  return text.replace(/^其中[:：]?/, "").replace(/[(（][^()（）]*[)）]$/, "");
}

interface TemplateText {
  core: string;
  /** The template header's words around its key terms (学校 of 学校名称, 教学 and 值 of 教学仪器设备值). */
  pieces: string[];
}

const templateTexts = new WeakMap<FieldRule, TemplateText>();
function templateText(rule: FieldRule): TemplateText {
  let t = templateTexts.get(rule);
  if (t === undefined) {
    const core = headerCore(matchText(rule.templateHeader));
    let pieces = [core];
    for (const term of termsOf(rule).allOf.flat())
      pieces = pieces.flatMap((p) => p.split(term)).filter((p) => p !== "");
    t = { core, pieces };
    templateTexts.set(rule, t);
  }
  return t;
}

/** Is this column headed with the template's own header for the field (units and 其中： aside)? */
export function isTemplateHeader(rule: FieldRule, full: string, own: string): boolean {
  const { core } = templateText(rule);
  return headerCore(own) === core || headerCore(full) === core;
}

/**
 * Does a header claim the field only loosely: by its key terms, without the
 * template header's other words (区县名称 and 片区名称 have 名称 but not 学校)?
 * Beside a column headed as in the template, such a column is not a rival: the
 * template is the reference for the exact headers (template.md §1). A close
 * rival (学校类别 beside 学校类型) still makes two columns claim one field.
 */
export function isLooseMatch(rule: FieldRule, full: string): boolean {
  return templateText(rule).pieces.some((p) => !full.includes(p));
}

/** How many of a rule's term groups a header touches: ranks candidates for a missing field. */
export function partialMatch(rule: FieldRule, full: string): number {
  const terms = termsOf(rule);
  const touched = terms.allOf.filter((g) => g.some((t) => full.includes(t))).length;
  // A header with 学校 in it (学校简称, 学校代码…) may be meant for the name.
  return touched > 0 ? touched : terms.whole.some((t) => full.includes(t)) ? 1 : 0;
}

export function compareScores(a: FieldScore, b: FieldScore): number {
  return a.own !== b.own ? a.own - b.own : a.total - b.total;
}

// ---------------------------------------------------------------------------
// Words around the header (header.ts, units.ts, collect/form.ts): column numbers and units
// ---------------------------------------------------------------------------

/** The 栏次 line statistics forms print under the header (甲 乙 1 2 3 …): its words. */
export const COLUMN_NUMBER_WORDS: readonly string[] = [
  "甲",
  "乙",
  "丙",
  "丁",
  "戊",
  "己",
  "庚",
  "辛",
  "壬",
  "癸",
  "栏次",
  "序号",
  "编号",
];

/**
 * Units written on a line of their own under the header (人 | ㎡ | 万元 …), as
 * statistics forms print them. NFKC text: ㎡ has become "m2".
 */
export const HEADER_UNIT_WORDS: readonly string[] = [
  "人",
  "名",
  "所",
  "个",
  "间",
  "班",
  "台",
  "册",
  "套",
  "件",
  "年",
  "元",
  "万元",
  "千元",
  "m2",
  "平方米",
  "亩",
  "%",
  "是/否",
];

/** The unit words a one-school form's 单位 column adds to HEADER_UNIT_WORDS. */
export const FORM_UNIT_WORDS: readonly string[] = [
  "是或否",
  "间/个",
  "人数",
  "个数",
  "-",
  "—",
  "/",
];

/** A unit written in a header (units.ts). */
export interface HeaderUnit {
  /** The unit as the mapping shows it: "万元", "元", "㎡", "亩". */
  unit: string;
  /** Multiply a cell by this to get the canonical unit (元, ㎡). */
  factor: number;
}

/** Looked up in NFKC text, where ㎡ and m² have become "m2". 万元 before 元. */
export const HEADER_MONEY_UNITS: readonly { term: string; unit: HeaderUnit }[] = [
  { term: "万元", unit: { unit: "万元", factor: 10000 } },
  { term: "千元", unit: { unit: "千元", factor: 1000 } },
  { term: "元", unit: { unit: "元", factor: 1 } },
];

export const HEADER_AREA_UNITS: readonly { term: string; unit: HeaderUnit }[] = [
  { term: "平方米", unit: { unit: "㎡", factor: 1 } },
  { term: "m2", unit: { unit: "㎡", factor: 1 } },
  // 1 亩 = 10000/15 ㎡ (市制); some rural returns give 运动场地 in 亩.
  { term: "亩", unit: { unit: "亩", factor: 10000 / 15 } },
];

/** The answers a school sheet's 是/否 cell is read as (NFKC text). */
export const SCHOOL_YES_WORDS: readonly string[] = [
  "是",
  "y",
  "yes",
  "true",
  "1",
  "√",
  "✓",
  "✔",
  "有",
];
export const SCHOOL_NO_WORDS: readonly string[] = [
  "否",
  "n",
  "no",
  "false",
  "0",
  "×",
  "✗",
  "✘",
  "无",
];

/**
 * The renames file of the year-over-year comparison (issue 25, compare/renames.ts): headers of
 * the former name (原名称) and of the new one (新名称), matched on NFKC text without spaces.
 */
export const RENAME_FROM_HEADERS: readonly string[] = [
  "原名称",
  "旧名称",
  "原校名",
  "旧校名",
  "原学校名称",
  "旧学校名称",
  "曾用名",
];
export const RENAME_TO_HEADERS: readonly string[] = [
  "新名称",
  "新校名",
  "现名称",
  "现校名",
  "新学校名称",
  "现学校名称",
  "现用名",
];
