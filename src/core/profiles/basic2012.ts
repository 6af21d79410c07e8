import { EN_US, ZH } from "../../i18n";
import { BASIC_2012_INDICATOR_IDS } from "../types";
import { NATIONAL_2017 } from "./national2017";
import type { StandardsProfile } from "./profile";

/**
 * 县域义务教育均衡发展督导评估暂行办法 (教督〔2012〕3号), 基本均衡 (standards.md §2).
 * Counties certified under it keep being monitored on it.
 *
 * What 2012 judges of the schools' resources: eight indicators per stage, each
 * with its student-weighted CV (§1.3), and their mean, the 综合差异系数, against
 * 0.65 (小学) and 0.55 (初中). There is no per-school standard and no
 * per-indicator CV limit, and no county-level parts of 2017 (政府保障程度 …).
 *
 * How the eight are computed (INDICATORS in indicators.ts):
 * - 生均教学及辅助用房面积, 生均体育运动场馆面积, 生均教学仪器设备值: as in 2017
 *   (教学及辅助用房 without 室内体育用房, which belongs to 体育运动场馆).
 * - 每百名学生拥有计算机台数, 生均图书册数: the school's computers and books,
 *   shared facilities split between stages by the weighted headcount of §1.2.
 * - 师生比: 教职工数 ÷ 学生数, staff per student, so that like every other
 *   indicator a larger value is more resource; the CV of students per staff
 *   member would be a different number. 教职工 are counted per stage, as the
 *   statistics report them and as the 编制 standards set them (小学 and 初中 differ).
 * - 生均高于规定学历教师数, 生均中级及以上专业技术职务教师数: the stage's own
 *   teachers per student (not per 100: 2012 says 生均).
 *
 * Which schools count, the 1 : 1.1 : 1.32 split, class and school sizes: as in
 * 2017. 2012 has no such limits of its own; the class-size and school-size
 * findings are shown for information and do not enter the 2012 verdict.
 */
const { schoolRule: _schoolRule, county: _county, ...shared } = NATIONAL_2017;

export const BASIC_2012: StandardsProfile = {
  ...shared,
  id: "basic-2012",
  name: ZH.profiles.basic2012.name,
  nameEn: EN_US.profiles.basic2012.name,
  source: ZH.profiles.basic2012.source,
  indicators: BASIC_2012_INDICATOR_IDS,
  thresholds: {},
  countyRule: { kind: "composite", limits: { primary: 0.65, junior: 0.55 } },
};
