/**
 * A four-school county whose results are worked out by hand below, in the clean
 * template layout (so the reader's own headers are used), plus a class sheet.
 *
 * 小学 thresholds (standards.md §1.1): 4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3.
 * - 城关小学: 500 students; 25/6/5 teachers → 5.0, 1.2, 1.0 per 100; (2600−200)/500 = 4.8 ㎡;
 *   (3800+200)/500 = 8.0 ㎡; 120 万元 → 1,200,000/500 = 2400 元; 12/500 → 2.4 per 100. Meets all 7.
 * - 河西小学: 400 students; 14 qualified → 3.5 per 100, below 85% of 4.2 (3.57): fails the school
 *   rule though 6 of 7 are met (equipment 80 万元 / 400 = 2000 元 meets exactly).
 * - the third school is named like an HTML tag: 300 students, 15/3/3 → 5.0, 1.0, 1.0;
 *   1500/300 = 5.0; 2400/300 = 8.0; 60 万元 → 2000; 7 → 2.33. Meets all 7.
 * - 城关第四小学: 小学在校生数 "abc" (row 5, column F) → an input error; left out.
 *
 * County 高于规定学历教师 per 100 = (25+14+15)/(500+400+300)·100 = 4.50.
 * Its CV: values 5.0, 3.5, 5.0, weights 500, 400, 300, mean 4.5,
 * variance (500·0.25 + 400·1 + 300·0.25)/1200 = 0.5, CV = √0.5/4.5 = 0.157.
 * 河西小学 lacks 4.2 − 3.5 = 0.70 (16.7%).
 * Class sheet: one class of 48 at 城关小学 (over the 小学 limit of 45).
 */
import { BASIC_2012 } from "../../src/core/profiles";
import { countyTemplateRows } from "../../src/core/table/countyFields";
import { templateHeaders } from "../../src/core/table/fields";

export const XSS_NAME = "<img src=x onerror=alert(1)>";

type Cell = string | number;

const SCHOOLS: Record<string, Cell>[] = [
  {
    name: "城关小学",
    type: "小学",
    ownership: "公办",
    locale: "城区",
    group: "",
    primaryStudents: 500,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 12,
    juniorClasses: 0,
    primaryQualifiedTeachers: 25,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 6,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 5,
    juniorPeArtTeachers: 0,
    teachingArea: 2600,
    indoorSportsArea: 200,
    outdoorSportsArea: 3800,
    equipmentValue: 120,
    multimediaRooms: 12,
    musicRooms: 1,
    artRooms: 1,
  },
  {
    name: "河西小学",
    type: "小学",
    ownership: "公办",
    locale: "乡村",
    group: "",
    primaryStudents: 400,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 10,
    juniorClasses: 0,
    primaryQualifiedTeachers: 14,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 4,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 4,
    juniorPeArtTeachers: 0,
    teachingArea: 2000,
    indoorSportsArea: 0,
    outdoorSportsArea: 3200,
    equipmentValue: 80,
    multimediaRooms: 10,
    musicRooms: 1,
    artRooms: 1,
  },
  {
    name: XSS_NAME,
    type: "小学",
    ownership: "公办",
    locale: "镇区",
    group: "",
    primaryStudents: 300,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 8,
    juniorClasses: 0,
    primaryQualifiedTeachers: 15,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 3,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 3,
    juniorPeArtTeachers: 0,
    teachingArea: 1500,
    indoorSportsArea: 0,
    outdoorSportsArea: 2400,
    equipmentValue: 60,
    multimediaRooms: 7,
    musicRooms: 1,
    artRooms: 1,
  },
  {
    name: "城关第四小学",
    type: "小学",
    ownership: "公办",
    locale: "城区",
    group: "",
    primaryStudents: "abc",
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 6,
    juniorClasses: 0,
    primaryQualifiedTeachers: 12,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 3,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 3,
    juniorPeArtTeachers: 0,
    teachingArea: 1200,
    indoorSportsArea: 0,
    outdoorSportsArea: 2000,
    equipmentValue: 50,
    multimediaRooms: 6,
    musicRooms: 1,
    artRooms: 1,
  },
];

export function smallCountySchoolSheet(): Cell[][] {
  const { headers, fields } = templateHeaders().schoolSheet;
  return [headers, ...SCHOOLS.map((s) => fields.map((f) => (f in s ? s[f] : "")))];
}

export function smallCountyClassSheet(): Cell[][] {
  const { headers, fields } = templateHeaders().classSheet;
  const rows: Record<string, Cell>[] = [
    { school: "城关小学", stage: "小学", className: "一年级1班", students: 48 },
    { school: "城关小学", stage: "小学", className: "一年级2班", students: 42 },
    { school: "河西小学", stage: "小学", className: "一年级1班", students: 40 },
    { school: XSS_NAME, stage: "小学", className: "一年级1班", students: 38 },
  ];
  return [headers, ...rows.map((r) => fields.map((f) => r[f]))];
}

/**
 * The small county's county sheet (县级指标) in the template's layout, with few figures
 * filled in, worked by hand against standards.md §1.4 item 11: 91 of 1,000 eligible
 * teachers rotated = 9.10%, below 10% (not met), though 20 of the 91 are 骨干 = 21.98% ≥ 20%.
 * Every veto is answered 无; every other figure is left blank (未填报).
 */
export function smallCountyCountySheet(): Cell[][] {
  const t = countyTemplateRows();
  const filled: Record<string, Cell> = {
    rotatedTeachers: 91,
    eligibleForRotation: 1000,
    rotatedBackboneTeachers: 20,
  };
  return [
    t.headers,
    ...t.rows.map((r): Cell[] =>
      r.kind === "section"
        ? [r.text, "", ""]
        : [r.label, r.value === "occurred" ? "无" : (filled[r.key] ?? ""), ""]
    ),
  ];
}

/**
 * The three good schools of the small county with the 2012 columns (计算机, 图书, 教职工,
 * 中级职称) as the basic-2012 template has them: 城关小学 500 students, 50 computers (10 per 100),
 * 河西小学 400 and 40 (10), the third 300 and 30 (10): equal values, so that CV is 0.
 */
export function smallCounty2012SchoolSheet(): Cell[][] {
  const { headers, fields } = templateHeaders(BASIC_2012).schoolSheet;
  const extra: Record<string, Cell>[] = [
    { computers: 50, books: 15000, primaryStaff: 30, primaryIntermediateTitleTeachers: 12 },
    { computers: 40, books: 10000, primaryStaff: 22, primaryIntermediateTitleTeachers: 8 },
    { computers: 30, books: 9000, primaryStaff: 18, primaryIntermediateTitleTeachers: 7 },
  ];
  return [
    headers,
    ...SCHOOLS.slice(0, 3).map((s, i) =>
      fields.map((f) => (f in extra[i] ? extra[i][f] : f in s ? s[f] : 0))
    ),
  ];
}
