/** zh-CN, part `reader`: the table reader's coded messages (src/core/table/messages.ts). */
export const READER = {
  /** By InputIssue.code; holes are the message's parameters. */
  messages: {
    // --- finding the sheets and the header ------------------------------------
    noSchoolSheet:
      "没有找到学校基础数据表：已检查的工作表（{sheets}）都没有含「学校名称」「学校类型」「小学在校生数」等列的表头。请使用数据模板，或在向导中指定工作表。",
    indicatorValuesSheet:
      "这张工作表是各校的指标值（表Ⅱ-2 或公示表：学校名称、在校生数和「生均…」「每百名学生…」各项指标值），不是学校基础数据：测算需要教师数、面积、设备值等原始数和「学校类型」。市、省复核县里报来的表Ⅱ-2，请用 edu-balance recheck 文件.xlsx：按表中数值重算各校达标、全县平均值和差异系数，并与表Ⅲ、表Ⅱ-1 逐格核对。",
    sheetNotFound: "工作簿中没有名为「{name}」的工作表（现有：{sheets}）。",
    noHeader: "前 {rows} 行中找不到表头行（应含有{expected}等列）。",
    ambiguousSheet:
      "有多张工作表都像{kind}（{sheets}），已使用「{chosen}」。如需使用其他工作表，请在向导中指定。",
    // --- columns ----------------------------------------------------------------
    missingColumn:
      "找不到「{label}」列{reason}。表头应含有{keywords}（模板表头为「{template}」）。相近的列：{candidates}。请修改表头，或在向导的字段对应步骤中指定该列。{consequence}",
    missingColumns:
      "找不到以下 {count} 列：{list}。请一并修改表头，或在向导的字段对应步骤中指定这些列。{partial}",
    duplicateColumn:
      "有多列都像「{label}」：{candidates}。无法确定使用哪一列，请修改多余列的表头，或在字段对应步骤中指定。{consequence}",
    ambiguousHeader:
      "表头「{header}」同时像{labels}，未使用该列。如需使用，请修改表头或在字段对应步骤中指定。",
    moneyUnitMissing:
      "「{label}」列的表头「{header}」没有写单位。统计报表多以万元填报，而指标以元计算，单位不明无法换算。请在表头中注明单位，例如「{label}（万元）」或「{label}（元）」。{consequence}",
    overrideUnknownField: "字段对应设置中的字段「{field}」不存在，已忽略。",
    overrideBadColumn:
      "字段对应设置「{label}」→「{value}」不是有效的列（应为本表中的列字母，如 F）。",
    // --- cells ------------------------------------------------------------------
    missingName:
      "这一行有数据，但学校名称为空。请填写学校名称；如果这是合计行，请在名称列写「合计」。",
    missingValue: "「{subject}」的{label}为空，应为{expected}。",
    missingStudents: "「{subject}」是{type}，但{label}{what}，应为{expected}。",
    notANumber: "「{subject}」的{label}「{value}」不是数字，应为{expected}。",
    negativeValue: "「{subject}」的{label}「{value}」是负数，应为{expected}。",
    notAnInteger: "「{subject}」的{label}「{value}」不是整数，应为{expected}。",
    valueOutOfRange:
      "「{subject}」的{label}「{value}」超出合理范围（非零值应在 10⁻⁹ 与 10¹⁵ 之间），请核对。",
    excelError: "「{subject}」的{label}是 Excel 错误值「{value}」，请先修正该单元格的公式或引用。",
    notText: "「{subject}」的{label}「{value}」不是文字，应为{expected}。",
    unknownType: "「{subject}」的学校类型「{value}」无法识别，应为：{accepted}。",
    unknownOwnership:
      "「{subject}」的办学性质「{value}」无法识别（应为公办或民办），已按未填处理。",
    unknownSponsor:
      "「{subject}」的举办者类型「{value}」无法识别（应为代码 1–10 或名称，如 7 或“县级教育部门”、10 或“民办”），申报表中按未填报处理。",
    unknownLocale:
      "「{subject}」的城乡类别「{value}」无法识别（应为城区、镇区或乡村，或统计用城乡分类：主城区、城乡结合区、镇中心区、镇乡结合区、特殊区域、乡中心区、村庄及其代码 111、112、121、122、123、210、220），已按未填处理。",
    unknownStage: "「{subject}」的学段「{value}」无法识别，应为小学或初中。",
    // One issue per name, the first p.listed of its p.count rows listed (p.rows), and the total when
    // there are more: a list of every row on every duplicate grew with the square of the rows (issue 22).
    duplicateSchool:
      "学校名称「{subject}」重复出现（第 {rows} 行{more}）。一所学校只占一行（九年一贯制等跨学段学校在同一行填写各学段的数据），这些行都未计入，请删除或合并重复的行。",
    stageNotInType: "「{subject}」是{type}，却填了{label}「{value}」，请核对学校类型。",
    stageWithoutStudents: "「{subject}」是{type}，但{label}为 0，该学段不参与计算。",
    noSchoolRows: "表头（第 {headerRow} 行）下面没有学校数据行。",
    stagesNotSplit:
      "{schools}跨学段，而{columns}不分学段，无法分到各学段。请为这 {count} 所学校分学段填写，增加{needed}列（其他学校仍按学校类型使用不分学段的列）。这些学校暂不计入。",
    typeFromTitle:
      "表中没有「学校类型」列，{source}「{text}」写明{type}：全部 {count} 所学校按{type}读取。如表中有其他类型的学校，请增加「学校类型」列。",
    stagelessByType:
      "{columns}不分学段，按学校类型计入所教学段：小学和教学点计入小学，初中计入初中。",
    degreeSum:
      "「{label}」由按学历分列的专任教师数相加：{parts}（{rule}为高于规定学历）{ignored}。如表中另有「{label}」列，请在字段对应步骤中指定。",
    classSchoolNotFound:
      "班级表中的学校「{subject}」不在学校基础数据表「{schoolSheet}」中，请核对学校名称。",
    // --- the county sheet (县级指标, src/core/table/county.ts) --------------------
    countyNoFigures:
      "没有找到县级指标（如「交流轮岗教师数」「初中毕业生数」「社会认可度」）。请使用数据模板中的「县级指标」表：每行一个指标，依次为指标、数值、说明或佐证。",
    countyBadNumber: "「{label}」的数值「{value}」不是数字，应为{expected}。该项按数据有误处理。",
    countyNegative: "「{label}」的数值「{value}」是负数，应为{expected}。该项按数据有误处理。",
    countyNotInteger: "「{label}」的数值「{value}」不是整数，应为{expected}。该项按数据有误处理。",
    countyRateTooLarge:
      "「{label}」的数值「{value}」超过 100%，应为 0～100% 之间的比例（如 96.5%、96.5 或 0.965）。该项按数据有误处理。",
    countyRatioTooLarge:
      "「{label}」的数值「{value}」大于 1；校际差异率应为小数（如 0.12）。该项按数据有误处理。",
    countyBadLevel:
      "「{label}」的数值「{value}」不是学业表现水平，应为Ⅰ、Ⅱ、Ⅲ、Ⅳ级之一（也可写 1～4 或 优秀、良好、中等、待提高）。该项按数据有误处理。",
    countyBadAnswer: "「{label}」的数值「{value}」无法识别，应为{expected}。该项按数据有误处理。",
    countyOutOfRange:
      "「{label}」的数值「{value}」超出合理范围（应不超过 10¹⁵），请核对。该项按数据有误处理。",
    countyExcelError:
      "「{label}」是 Excel 错误值「{value}」，请先修正该单元格的公式或引用。该项按数据有误处理。",
    countyNoAnswer: "「{label}」只填写了说明，没有填写数值（{expected}），按未填报处理。",
    countyMoneyUnitAssumed:
      "「{label}」没有注明单位，按元计算；如以万元填报，请在指标名称或数值中写明“万元”。",
    countyDuplicate: "「{label}」在第 {rows} 行重复填写且数值不同，均未采用，请只保留一行。",
    countyDuplicateSame: "「{label}」在第 {rows} 行重复填写（数值相同），已采用第 {row} 行。",
    countyAmbiguousLabel: "指标「{label}」同时像{labels}，未采用。请按模板修改指标名称。",
    countyUnknownLabel:
      "「{label}」不是可识别的县级指标，该行数值「{value}」未使用。如它是某项指标，请按模板修改指标名称。",
    countyExceedsTotal:
      "「{label}」（{value}）大于「{totalLabel}」（{total}，第 {totalRow} 行），请核对。该项按数据有误处理。",
    countyNoProfileStandards:
      "评估标准「{profile}」不含政府保障程度、教育质量和社会认可度的标准，县级指标表未评估。",
    // --- facts of the 2019 认定规程 allowances (fields.ts ALLOWANCE_FACT_RULES) ---
    badYesNo: "「{subject}」的{label}「{value}」无法识别，应为“是”或“否”。",
    badYear:
      "「{subject}」的{label}「{value}」不是年份，应为 1800～2100 之间的四位年份（如 2008 或 2008年）。",
    badRoomAreas:
      "「{subject}」的{label}「{value}」无法识别：{reason}。应为每间教室的面积（平方米），用逗号或顿号分开，如「96,80」。",
    builtYearConflict:
      "「{subject}」的建校年份为 {year}，与{label}「{value}」不一致，按建校年份判断，请核对。",
    roomCountMismatch:
      "「{subject}」的{label}为 {count} 间，而按面积列出的教室有 {listed} 间（{areaLabel}），请核对；间数按{label}计。",
    migrantExceedsStudents:
      "「{subject}」的{label}（{value}）大于义务教育阶段在校生数（{students}），请核对。",
    sharedTeachersNeedStage:
      "「{subject}」是{type}，有小学和初中两个学段，{label}「{value}」没有分学段，未使用。请改用「小学交流轮岗兼职走教体育艺术教师数」和「初中交流轮岗兼职走教体育艺术教师数」两列。",
    // A claim of an allowance that the rest of the row gives no ground for (application-form.md §2,
    // rulings): named at its cell and not applied. Only under a profile with the allowances.
    sharedTeachersNoSuchStage:
      "「{subject}」是{type}，没有{stage}学段，{label}「{value}」未计入。请核对学校类型，或把这些教师填在本校学段的列中。",
    smallRuralClaimUrban:
      "「{subject}」的{label}为“是”，但城乡类别为城区；城区学校不是农村小规模学校，不按农村小规模学校适用放宽条款。请核对。",
    smallRuralClaimTooLarge:
      "「{subject}」的{label}为“是”，但义务教育阶段在校生 {students} 人，超过 {max} 人；不按农村小规模学校适用放宽条款。请核对。",
    centralUrbanClaimRural:
      "「{subject}」的{label}为“是”，但城乡类别为乡村；不按中心城区学校适用放宽条款。请核对。",
    builtYearAfterBound:
      "「{subject}」的{label} {year} 晚于{bound}，未采用（按未填建校年份处理）。请核对。",
    // --- 学校标识码 (issue 25): optional; a bad or repeated code is dropped, the school still assessed.
    badSchoolCode:
      "「{subject}」的{label}「{value}」不是 10 位数字，未采用（该校照常评估，但与往年比较时只能按学校名称对应）。请核对。",
    duplicateSchoolCode:
      "{label}「{value}」在第 {rows} 行{more}重复出现（{schools}）。一个标识码只属于一所学校，这些行的标识码都未采用（学校照常评估，与往年比较时按学校名称对应）。请核对。",
  },
  duplicateMore: "等，共 {count} 行",
  /** Where an issue is, written before its message: 工作表「X」第5行F列： */
  place: {
    workbook: "工作簿：",
    sheet: "工作表「{sheet}」",
    row: "第{row}行",
    column: "{column}列",
    end: "：",
  },
  /** The accepted 学校类型 values, for unknownType / missingValue messages. */
  acceptedTypes:
    "小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校（也可写九年制、一贯制、完中、特教等简称）",
  /** One field of a missingColumns message: what it is, what its header should hold, what is near, what follows. */
  missingColumnItem:
    "（{n}）「{label}」{reason}：表头应含有{keywords}（模板表头为「{template}」），{near}{consequence}",
  nearColumns: "相近的列：{candidates}，",
  /** 「甲」、「乙」: a list of names as messages quote them. */
  quoted: "「{name}」",
  listJoiner: "、",
  /** The phrases the messages are built from. */
  phrases: {
    none: "无",
    noSchoolReadable: "无法读取任何学校。",
    requiredColumnUnusable: "需要该列的学校暂不计入。",
    optionalColumnUnusable: "该列暂不使用。",
    classSheetUnusable: "班级表暂不计入。",
    schoolsLeftOut: "需要该列的 {count} 所学校暂不计入。",
    /** A missing column of a partial table: the indicators computed from it, and only they, are not computed. */
    indicatorsNotComputed: "{names}不计算。",
    /** What a partial table still gives, and what it cannot (after its missing columns). */
    partialTable:
      "其余指标照常计算（各校的指标值、县域均值和差异系数）；但缺少指标的学段不判定各校是否达标，也不判定县域是否达到均衡，结论为“无法判定”。",
    /** A missing count whose derived figure the table has (生均图书册数 for 图书册数): not read in its place. */
    derivedNotRead:
      "（{columns}是生均值，不能代替总数，不读取：请给出总数，生均值由总数和在校生数计算）",
    /** The type column a table without one needs, when neither title nor sheet name names one stage. */
    typeNeeded:
      "（学校的学段由学校类型决定；全表只有一个学段时，也可在表格标题或工作表名称中写明「小学」或「初中」）",
    titleOrSheet: { title: "标题", sheet: "工作表名称" },
    seniorStudentsNeeded: "（表中有完全中学或十二年一贯制学校，需要按高中在校生数分摊校舍和设备）",
    allowanceColumnNotUsed: "当前评估标准不含认定规程放宽条款，不使用该列，该校照常评估。",
    reportYear: "填报年度 {year} 年",
    currentYear: "今年（{year} 年；县级指标表没有填报年度）",
    /** The rule of standards.md §1.1 by which teachers by 学历 are summed, per stage. */
    qualifyingDegrees: {
      primary: "小学专任教师专科及以上学历",
      junior: "初中专任教师本科及以上学历",
    },
    degreesNotCounted: "；{columns}不计入",
    degreePartsIncomplete:
      "（表中有按学历分列的专任教师数：{found}，但没有{missing}列，无法按{rule}为高于规定学历相加）",
    schoolOnRow: "第{row}行的学校",
    classOnRow: "第{row}行的班级",
    isBlank: "为空",
    isZero: "为 0",
    sheetKind: { school: "学校基础数据表", class: "班级表" },
    expected: {
      count: "非负整数",
      amount: "非负数",
      positiveCount: "正整数",
      countOrZero: "非负整数（没有该学段学生时填 0）",
      schoolName: "学校名称",
      className: "班级名称",
      schoolType:
        "小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校（也可写九年制、一贯制、完中、特教等简称）",
      stage: "小学或初中",
      ownership: "公办或民办",
      locale: "城区、镇区或乡村",
      sponsor: "举办者类型代码 1–10 或名称",
      group: "学区或集团名称",
    },
  },
};
