/**
 * The county-level items of 教督〔2017〕6号 as data: 政府保障程度 (第九条, 15
 * items), 教育质量 (第十条, 9), 社会认可度 (第十一条) and 一票否决 (第十二条),
 * numbered as the policy numbers them (standards.md §1.4–1.7). The wording
 * carries the profile's numbers, so a stricter provincial profile reads right.
 */
import type { StandardsProfile } from "../profiles/profile";
import type { CountyStandards } from "../profiles/profile";
import { formatThresholdShare } from "./format";
import type { CountyItemKind, CountyPartId, SurveyGroup, VetoId } from "./types";

export interface CountyItemInfo {
  part: CountyPartId;
  number: number;
  id: string;
  kind: CountyItemKind;
  name: string;
  shortName: string;
}

export const COUNTY_PART_NAMES: Readonly<Record<CountyPartId, string>> = {
  government: "政府保障程度",
  quality: "教育质量",
  recognition: "社会认可度",
  vetoes: "一票否决",
};

export const COUNTY_PART_NAMES_EN: Readonly<Record<CountyPartId, string>> = {
  government: "Government support",
  quality: "Education quality",
  recognition: "Public recognition",
  vetoes: "One-vote vetoes",
};

const pct = formatThresholdShare;

export function governmentItems(profile: StandardsProfile, s: CountyStandards): CountyItemInfo[] {
  const item = (
    number: number,
    id: string,
    kind: CountyItemKind,
    shortName: string,
    name: string
  ): CountyItemInfo => ({ part: "government", number, id, kind, name, shortName });
  const rooms = profile.specialRooms;
  const size = profile.schoolSize;
  const nine = size.byType.nineYear ?? size.default;
  const twelve = size.byType.twelveYear ?? size.default;
  const large =
    nine === twelve
      ? `九年一贯制学校、十二年一贯制学校义务教育阶段规模不超过${nine}人`
      : `九年一贯制学校义务教育阶段规模不超过${nine}人，十二年一贯制学校义务教育阶段规模不超过${twelve}人`;
  const reduced = rooms.reducedAreas
    ? `（${rooms.reducedAreas.appliesTo}：音乐专用教室不小于${rooms.reducedAreas.musicRoomMinArea}平方米，美术专用教室不小于${rooms.reducedAreas.artRoomMinArea}平方米）`
    : "";
  return [
    item(
      1,
      "schoolLayout",
      "qualitative",
      "规划布局合理",
      "县域学校规划布局合理，符合国家规定要求"
    ),
    item(
      2,
      "fourUnified",
      "qualitative",
      "城乡“四统一”",
      "县级人民政府落实城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准“四统一”"
    ),
    item(
      3,
      "specialRooms",
      "computed",
      "音乐、美术专用教室",
      `所有小学、初中每${rooms.classesPerRoom}个班级配备音乐、美术专用教室1间以上；其中，每间音乐专用教室面积不小于${rooms.musicRoomMinArea}平方米，每间美术专用教室面积不小于${rooms.artRoomMinArea}平方米${reduced}`
    ),
    item(
      4,
      "schoolSize",
      "computed",
      "学校规模",
      `所有小学、初中规模不超过${size.default}人，${large}`
    ),
    item(
      5,
      "classSize",
      "computed",
      "班额",
      `小学、初中所有班级学生数分别不超过${profile.classSize.limits.primary}人、${profile.classSize.limits.junior}人`
    ),
    item(
      6,
      "smallSchoolFunding",
      "qualitative",
      "小规模学校公用经费",
      `不足${s.smallSchoolFundingStudents}名学生的村小学和教学点按${s.smallSchoolFundingStudents}名学生核定公用经费`
    ),
    item(
      7,
      "specialSchoolFunding",
      "quantitative",
      "特教生均公用经费",
      `特殊教育学校生均公用经费不低于${s.specialSchoolFundingPerStudent}元`
    ),
    item(
      8,
      "teacherPay",
      "quantitative",
      "教师工资",
      "全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量"
    ),
    item(
      9,
      "teacherTraining",
      "quantitative",
      "教师培训完成率",
      `教师5年360学时培训完成率达到${pct(s.trainingCompletion)}`
    ),
    item(
      10,
      "staffingAllocation",
      "qualitative",
      "编制岗位统筹",
      "县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量"
    ),
    item(
      11,
      "teacherRotation",
      "quantitative",
      "教师交流轮岗",
      `全县每年交流轮岗教师的比例不低于符合交流条件教师总数的${pct(s.teacherRotationShare)}；其中，骨干教师不低于交流轮岗教师总数的${pct(s.backboneRotationShare)}`
    ),
    item(
      12,
      "teacherCertification",
      "quantitative",
      "教师持证上岗率",
      `专任教师持有教师资格证上岗率达到${pct(s.certifiedTeacherShare)}`
    ),
    item(
      13,
      "nearbyEnrolment",
      "quantitative",
      "就近划片入学",
      `城区和镇区公办小学、初中（不含寄宿制学校）就近划片入学比例分别达到${pct(s.nearbyEnrolment.primary)}、${pct(s.nearbyEnrolment.junior)}`
    ),
    item(
      14,
      "highSchoolQuota",
      "quantitative",
      "优质高中名额分配",
      `优质高中招生名额分配比例不低于${pct(s.highSchoolQuotaShare)}，并向农村初中倾斜`
    ),
    item(
      15,
      "leftBehindAndMigrantChildren",
      "quantitative",
      "留守儿童与随迁子女",
      `县域内留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于${pct(s.migrantChildrenPublicShare)}`
    ),
  ];
}

export function qualityItems(s: CountyStandards): CountyItemInfo[] {
  const item = (
    number: number,
    id: string,
    kind: CountyItemKind,
    shortName: string,
    name: string
  ): CountyItemInfo => ({ part: "quality", number, id, kind, name, shortName });
  const levels = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"];
  return [
    item(
      1,
      "consolidation",
      "quantitative",
      "初中三年巩固率",
      `全县初中三年巩固率达到${pct(s.consolidationRate)}以上`
    ),
    item(
      2,
      "disabledEnrolment",
      "quantitative",
      "残疾儿童少年入学率",
      `全县残疾儿童少年入学率达到${pct(s.disabledEnrolmentRate)}以上`
    ),
    item(
      3,
      "charterAndDigitalManagement",
      "qualitative",
      "学校章程与信息化",
      "所有学校制定章程，实现学校管理与教学信息化"
    ),
    item(
      4,
      "trainingSpending",
      "quantitative",
      "教师培训经费",
      `所有学校按照不低于学校年度公用经费预算总额的${pct(s.trainingSpendingShare)}安排教师培训经费`
    ),
    item(
      5,
      "ictUse",
      "qualitative",
      "信息化教学",
      "教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平"
    ),
    item(
      6,
      "moralEducation",
      "qualitative",
      "德育与校园文化",
      "所有学校德育工作、校园文化建设水平达到良好以上"
    ),
    item(
      7,
      "curriculum",
      "qualitative",
      "课程与综合实践",
      "课程开齐开足，教学秩序规范，综合实践活动有效开展"
    ),
    item(8, "homeworkBurden", "qualitative", "课业负担", "无过重课业负担"),
    item(
      9,
      "qualityMonitoring",
      "quantitative",
      "质量监测",
      `在国家义务教育质量监测中，相关科目学生学业水平达到${levels[s.monitoringMinLevel - 1] ?? s.monitoringMinLevel}级以上，且校际差异率低于${s.monitoringDifferenceRateBelow}`
    ),
  ];
}

export function recognitionItems(s: CountyStandards): CountyItemInfo[] {
  return [
    {
      part: "recognition",
      number: 1,
      id: "publicRecognition",
      kind: "quantitative",
      shortName: "社会认可度",
      name: `社会认可度（学生、家长、教师、校长、人大代表、政协委员及其他群众）达到${pct(s.recognitionRate)}以上`,
    },
  ];
}

export const VETO_NAMES: Readonly<Record<VetoId, { shortName: string; name: string }>> = {
  examAdmission: { shortName: "以考试方式招生", name: "存在以考试方式招生" },
  illegalSchoolChoice: { shortName: "违规择校", name: "存在违规择校行为" },
  keySchoolsOrClasses: { shortName: "重点校、重点班", name: "存在重点学校或重点班" },
  staffingVacancies: {
    shortName: "有编不补、长期聘用编外教师",
    name: "存在“有编不补”或长期聘用编外教师的情况",
  },
  majorSafetyAccident: {
    shortName: "重大安全责任事故",
    name: "教育系统存在重大安全责任事故和严重违纪违规事件",
  },
  falsifiedData: { shortName: "弄虚作假", name: "有弄虚作假行为" },
};

export const VETO_NAMES_EN: Readonly<Record<VetoId, { shortName: string; name: string }>> = {
  examAdmission: { shortName: "Admission by examination", name: "Pupils admitted by examination" },
  illegalSchoolChoice: { shortName: "Illegal school choice", name: "Illegal school choice" },
  keySchoolsOrClasses: {
    shortName: "Key schools or classes",
    name: "Key schools or key classes",
  },
  staffingVacancies: {
    shortName: "Posts unfilled, long-term non-staff teachers",
    name: "Staff posts left unfilled or non-staff teachers hired long-term",
  },
  majorSafetyAccident: {
    shortName: "Major safety accident",
    name: "A major safety accident or serious violation in the education system",
  },
  falsifiedData: { shortName: "Falsified data", name: "Falsified data" },
};

export const SURVEY_GROUP_NAMES_EN: Readonly<Record<SurveyGroup, string>> = {
  students: "students",
  parents: "parents",
  teachers: "teachers",
  principals: "principals",
  npcDeputies: "NPC deputies",
  cppccMembers: "CPPCC members",
  residents: "other residents",
};

/**
 * The English of every check name the judge (county/assess.ts) gives a
 * CountyCheck, keyed by its Chinese name. A 质量监测 subject is the county's own
 * name and has none (it is quoted as it is).
 */
export const COUNTY_CHECK_NAMES_EN: Readonly<Record<string, string>> = {
  规划布局合理: "School layout planned",
  "“四统一”": "The “four unified” standards",
  专用教室间数: "Number of special rooms",
  专用教室面积: "Special room areas",
  学校规模: "School size",
  班额: "Class size",
  小学班额: "Primary class size",
  初中班额: "Junior class size",
  按100人核定公用经费: "Funding small schools as for 100 pupils",
  特教生均公用经费: "Special-school funding per pupil",
  教师平均工资: "Teachers' average pay",
  绩效工资足额核定: "Performance pay fully set",
  "360学时培训完成率": "360-hour training completion",
  统筹分配编制和岗位: "Posts allocated county-wide",
  交流轮岗比例: "Teacher rotation share",
  骨干教师占比: "Backbone teachers among those rotated",
  持证上岗率: "Certified teacher rate",
  小学: "Primary nearby enrolment",
  初中: "Junior nearby enrolment",
  名额分配比例: "High-school quota share",
  向农村初中倾斜: "Quota favours rural junior schools",
  留守儿童关爱体系: "Care for left-behind children",
  随迁子女公办就读比例: "Migrant children in public schools",
  初中三年巩固率: "Junior three-year retention",
  残疾儿童少年入学率: "Enrolment of disabled children",
  学校章程与信息化: "School charters and digital management",
  培训经费占公用经费比例: "Training spending share of public funds",
  信息化教学: "ICT in teaching",
  德育与校园文化良好以上: "Moral education and school culture good or better",
  课程开齐开足: "Full curriculum",
  无过重课业负担: "No excessive homework",
  质量监测: "Quality monitoring",
  校际差异率: "Difference rate between schools",
  社会认可度: "Public recognition",
};

/** The English short names of the county items, by item id (CountyItem.id); the vetoes' are VETO_NAMES_EN. */
export const COUNTY_ITEM_NAMES_EN: Readonly<Record<string, string>> = {
  schoolLayout: "School layout",
  fourUnified: "The “four unified” standards",
  specialRooms: "Music and art rooms",
  schoolSize: "School size",
  classSize: "Class size",
  smallSchoolFunding: "Funding of small schools",
  specialSchoolFunding: "Special-school funding per pupil",
  teacherPay: "Teachers' pay",
  teacherTraining: "Teacher training completion",
  staffingAllocation: "Posts allocated county-wide",
  teacherRotation: "Teacher rotation",
  teacherCertification: "Certified teachers",
  nearbyEnrolment: "Nearby enrolment",
  highSchoolQuota: "High-school quota",
  leftBehindAndMigrantChildren: "Left-behind and migrant children",
  consolidation: "Junior three-year retention",
  disabledEnrolment: "Enrolment of disabled children",
  charterAndDigitalManagement: "School charters and digital management",
  trainingSpending: "Teacher training spending",
  ictUse: "ICT in teaching",
  moralEducation: "Moral education and school culture",
  curriculum: "Curriculum and practical activities",
  homeworkBurden: "Homework burden",
  qualityMonitoring: "Quality monitoring",
  publicRecognition: "Public recognition",
  ...Object.fromEntries(Object.entries(VETO_NAMES_EN).map(([id, n]) => [id, n.shortName])),
};
