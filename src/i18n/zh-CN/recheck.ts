/** zh-CN, part `recheck`: the messages of src/core/recheck/messages.ts. */
export const RECHECK = {
  messages: {
    // --- finding the sheets -----------------------------------------------------------
    noValuesSheet:
      "没有找到表Ⅱ-2（各校资源配置指标值）：已检查的工作表（{sheets}）都没有含「学校名称」和各项指标值（如「生均教学及辅助用房面积」「每百名学生拥有网络多媒体教室数」）的表头。复核需要各校的在校生数和指标值；学校基础数据（原始数）请用 edu-balance assess 测算。",
    sheetNotFound: "工作簿中没有名为「{name}」的工作表（现有：{sheets}）。",
    notValuesSheet:
      "这张工作表不像表Ⅱ-2：表头应有「学校名称」和至少 3 项指标值列（表头写明“生均”或“每百名学生”，或带表Ⅱ-2 的 L7–L13 代码）。",
    otherValuesSheet:
      "这张工作表也像表Ⅱ-2，未用于复核（已使用「{used}」；同一学段只取一张表）。如需复核它，请用 --sheet 指定。",
    noStudentsColumn:
      "找不到「在校生数」列（表Ⅱ-2 的 L4）：差异系数和全县平均值按学生数加权，没有学生数无法复核。",
    missingIndicators:
      "没有以下指标的列：{list}。这些指标不复核；各校综合评估需要全部 {total} 项指标，也不复核。",
    noSchoolRows: "表头下没有学校行。",
    // --- rows ---------------------------------------------------------------------------
    noStage:
      "「{school}」属于小学还是初中无法确定：请加「学段」列，或在各块之前加「小学」「初中」标题行。该校未计入复核。",
    badStage: "「{school}」的学段「{value}」不是小学或初中。该校未计入复核。",
    badStudents: "「{school}」的在校生数「{value}」不是正整数。该校未计入复核。",
    badValue: "「{school}」的{indicator}「{value}」不是非负数。该校未计入复核。",
    missingValue: "「{school}」的{indicator}为空。该校未计入复核。",
    badVerdict: "「{school}」的综合评估「{value}」不是“是/否”或“达标/未达标”，不作比较。",
    noName: "这一行有数值，但学校名称为空，未使用。",
    duplicateSchool:
      "{stage}学校「{school}」在第{first}行已出现过，两行都计入复核，请核对是否重复。",
    // --- notes on what is compared ---------------------------------------------------------
    stageLeftOut:
      "{stage}有 {count} 所学校因数据有误未计入复核：该学段的全县平均值、差异系数和达标学校数只供参考，不与县报数比较。",
    noSchoolRule: "评估标准「{profile}」没有学校达标规则：不复核各校综合评估和达标学校数。",
    noCountyFigures:
      "工作簿中没有县报的表Ⅲ、表Ⅱ-1 或综合评估列：只给出复核结果，没有可比较的县报数。",
    noSchoolsInStage: "表Ⅱ-2 中没有{stage}学校，县报的{stage}数字（工作表「{sheet}」）无法复核。",
  },
  tables: { formIII: "表Ⅲ", formII1: "表Ⅱ-1", formII2: "表Ⅱ-2" },
  items: {
    mean: "全县平均值",
    cv: "差异系数",
    cvVerdict: "差异系数综合",
    schoolsMeeting: "达标学校总数",
    meetingShare: "达标学校比例（%）",
    schoolsPassing: "综合评估达标学校数",
    passingShare: "综合评估达标学校比例（%）",
    schoolVerdict: "综合评估是否达标",
    metCount: "达标指标数",
  },
  statuses: { same: "相符", consistent: "一致（在舍入误差内）", different: "不一致" },
  verdicts: { passes: "达标", fails: "未达标", yes: "是", no: "否" },
  /** 小学·生均教学及辅助用房面积·差异系数 */
  subjectJoiner: "·",
  /** 工作表「表Ⅲ校际均衡」C6（小学·…·差异系数）：县报 0.120，复核 0.11096，相差 0.00904，超出舍入允许的 ±0.00512：不一致。 */
  comparison:
    "工作表「{sheet}」{cell}（{subject}）：县报 {county}，复核 {recomputed}{tail}：{status}。",
  withinTolerance: "，相差 {gap}，在表Ⅱ-2 数值舍入允许的 ±{tolerance} 内",
  beyondTolerance: "，相差 {gap}，超出舍入允许的 ±{tolerance}",
  withinRange: "，按舍入前的数值可能为 {range}",
  beyondRange: "，超出舍入允许的 {range}",
  verdictWithinRounding:
    "，有指标值与标准（或标准的 85%）的差距在两位小数的舍入范围内，舍入前可能是县报的结论",
  /** 每百名学生拥有高于规定学历教师数（≥ 4.2） */
  withThreshold: "{name}（≥ {threshold}）",
  /** How the re-check's tolerance follows from the form's rounding (复核 sheet, --json `ruleEn`). */
  toleranceRule:
    "允许误差：表Ⅱ-2 的指标值按两位小数填报，每个值与舍入前至多相差半个末位单位（0.005；写了更多位小数的按其末位，未舍入的按 0）。由此，全县平均值至多相差 Hm（半个单位按学生数的加权平均），差异系数至多相差 (Hs + CV×Hm) ÷ (平均值 − Hm)（Hs 为半个单位按学生数加权的均方根）；再加上县报数本身的舍入（平均值两位、差异系数三位、比例一位小数，各半个末位单位）。县报数在自身舍入内等于复核数的为“相符”；超出自身舍入、但在上述范围内的为“一致（在舍入误差内）”；超出的为“不一致”。达标学校数、各校综合评估和达标指标数：把每个值分别移到其舍入范围的两端重算，县报数落在两端结果之间的为一致。",
};
