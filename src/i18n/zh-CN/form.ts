/** zh-CN: see ../index.ts for which sources use this part. */
export const FORM = {
  /** src/report/official.ts: the national 申报表, 表Ⅰ–表Ⅵ, as printed. */
  official: {
    sheetNames: {
      formI: "表Ⅰ基本情况",
      formII1: "表Ⅱ-1资源配置",
      formII2: "表Ⅱ-2分学校",
      formIII: "表Ⅲ校际均衡",
      formIV: "表Ⅳ政府保障",
      formV: "表Ⅴ教育质量",
      formVI: "表Ⅵ社会认可度",
    },
    titles: {
      formI: "表Ⅰ　义务教育优质均衡发展县（市、区）基本情况",
      formII1: "表Ⅱ-1　小学、初中资源配置基本情况",
      formII2: "表Ⅱ-2　小学、初中资源配置基本情况（分学校）",
      formIII: "表Ⅲ　县域义务教育校际均衡情况",
      formIV: "表Ⅳ　政府保障程度",
      formV: "表Ⅴ　教育质量",
      formVI: "表Ⅵ　社会认可度调查情况",
    },
    /** The heading: "××县 义务教育优质均衡发展申报表", and the subtitle's pieces. */
    document: {
      nameMissing: "（县名未填报）",
      title: "{who} 义务教育优质均衡发展申报表",
      year: "填报年度：{year}",
      code: "行政区划代码：{code}",
      standard: "评估标准：{name}",
      nameFromFile: "县名取自文件名：请在县级指标表填写“县（市、区）名称”或用 --county 指定",
      nameNone: "县名未填报：请在县级指标表填写“县（市、区）名称”",
    },
    /** Under each official table. */
    signatureLines: [
      "填报单位（盖章）：　　　　　　　　　　　　单位负责人（签字）：　　　　　　　　　　填表人：　　　　　　　　　　",
      "联系电话：　　　　　　　　　　　　　　　　填报日期：　　　　年　　月　　日",
    ],
    /** The text columns' codes. */
    codeA: "甲",
    codeB: "乙",
    /** Where a missing county figure is given. */
    countySheet: "县级指标表",
    /** Where a missing school figure is given. */
    schoolColumn: "学校表“{column}”列",
    stageSchoolWord: { primary: "小学", junior: "初中" },
    /** 一贯制 and 完全中学 parts: "某校（小学部）". */
    partName: "{name}（{word}部）",
    stage: "学段",
    item: "项目",
    pass: "达标",
    fail: "未达标",
    formI: {
      table: "表Ⅰ",
      groups: [
        "自然情况",
        "经济情况",
        "普通中小学校数（所）",
        "特殊教育学校（所）",
        "小学教学点数（个）",
        "教学班数（个）",
        "在校学生数（人）",
        "教职工数（人）",
      ],
      names: [
        "人口总数（万人）",
        "农业人口数（万人）",
        "乡镇数（个）",
        "行政村数（个）",
        "年人均国内生产总值（元）",
        "年人均地方财政收入（元）",
        "农民年人均纯收入（元）",
        "城镇居民年人均可支配收入（元）",
        "小学",
        "九年一贯制学校",
        "初中",
        "完全中学",
        "十二年一贯制学校",
        "计",
        "其中：50人及以上",
        "小学",
        "初中",
        "小学",
        "初中",
        "小学合计",
        "其中：专任教师",
        "初中合计",
        "其中：专任教师",
      ],
      /** The columns as 汇总 lists them when missing. */
      columns: {
        population: "L1 人口总数",
        agriculturalPopulation: "L2 农业人口数",
        townships: "L3 乡镇数",
        villages: "L4 行政村数",
        gdpPerCapita: "L5 年人均国内生产总值",
        fiscalRevenuePerCapita: "L6 年人均地方财政收入",
        ruralIncomePerCapita: "L7 农民年人均纯收入",
        urbanIncomePerCapita: "L8 城镇居民年人均可支配收入",
        primaryStaff: "L21 小学教职工数",
        primaryTeachers: "L22 小学专任教师数",
        juniorStaff: "L23 初中教职工数",
        juniorTeachers: "L24 初中专任教师数",
      },
      /** The school table's columns the sums come from. */
      schoolColumns: {
        primaryStaff: "小学教职工数",
        primaryTeachers: "小学专任教师数",
        juniorStaff: "初中教职工数",
        juniorTeachers: "初中专任教师数",
      },
      note: "注：人口总数、农业人口数按常住人口统计，保留两位小数；L5–L8 保留整数。L1–L8 取自县级指标表，L9–L24 由学校表、班级数和教职工数汇总。",
    },
    formII1: {
      composite: "综合评估",
      metCount: "达标学校总数",
      metShare: "达标学校比例（%）",
      note: "注：达标学校比例保留一位小数。综合评估：每校 {n} 项指标中至少 {minMet} 项达到标准，其余不低于标准的 {floor}%（{profile}）。",
    },
    /** 表Ⅱ-2's 备注. */
    remark: {
      metOnly: "{n} 项指标达标",
      met: "达标 {n} 项：{list}",
      none: "无",
      atFloor: "达到{pct}%：{list}",
      below: "低于{pct}%：{list}",
      notComputed: "{words}：{list}",
    },
    formII2: {
      table: "表Ⅱ-2",
      headers: ["序号", "学校名称", "举办者类型", "在校生数", "年级数", "班级数"],
      verdict: "该校综合评估是否达标",
      remark: "备注（注明有哪几项指标达标，哪几项指标达到85%）",
      indicators: "资源配置指标",
      yes: "是",
      no: "否",
      noSchools: "（本县没有{stage}学校）",
      sponsorMissing: "L3 举办者类型（{n} 行）",
      sponsorColumn: "举办者类型",
      gradesMissing: "L5 年级数（{n} 行）",
      gradesColumn: "年级数",
      note1:
        "注：1. 小学学校总数 {primary} 所（其中：一贯制学校的小学部有 {throughPrimary} 所，50人及以上教学点有 {bigPoints} 个），初中学校总数 {junior} 所（其中：一贯制学校的初中部 {throughJunior} 所，完全中学的初中部 {completeJunior} 所）。",
      note2: "2. 举办者类型代码：{codes}。",
      note3: "3. L7–L{last} 保留两位小数。",
    },
    formIII: {
      composite: "综合",
      countyMean: "全县平均值",
      cv: "差异系数",
      limit: "{stage}不高于 {limit}",
      seeProfile: "见评估标准",
      note1: "注：全县平均值保留两位小数，差异系数保留三位小数。",
      note2: "差异系数上限（{profile}）：{limits}；L{code} 综合在差异系数行给出各项是否全部达标。",
    },
    /** 表Ⅳ's sentences with the blanks filled in. */
    government: {
      schoolSize:
        "超过 {limit} 人的小学 {primary} 所，初中 {junior} 所，超过 {nineLimit} 人的一贯制学校 {nine} 所",
      classSize:
        "超过 {primaryLimit} 人的小学班级 {primary} 个，超过 {juniorLimit} 人的初中班级 {junior} 个",
      specialFunds:
        "特殊教育学校公用经费为 {funds} 万元，特殊教育学生数为 {students} 人，特殊教育学校生均公用经费为 {perStudent} 元",
      salary:
        "全县义务教育学校教师年平均工资收入为 {teachers} 元，当地公务员年平均工资收入 {civilServants} 元",
      training: "完成 360 学时培训的教师 {trained} 人，全县教师 {all} 人，教师培训完成率 {rate}%",
      rotation:
        "全县符合交流轮岗条件教师总数 {eligible} 名，上一年度交流轮岗教师 {rotated} 名，交流轮岗教师占符合交流轮岗条件教师总数的比例 {rotatedRate}%；交流轮岗的骨干教师 {backbone} 名，占交流轮岗教师总数的比例 {backboneRate}%",
      certified:
        "全县在岗专任教师 {all} 人，其中持有教师资格证的专任教师 {certified} 人，占比 {rate}%",
      nearby:
        "城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别 {primary}%、{junior}%。",
      quota:
        "全县优质高中招生名额总数 {total} 人，分配名额 {allocated} 人，占比 {rate}%。其中分配农村学校的名额 {rural} 人，占分配名额总数的 {ruralRate}%",
      migrants:
        "全县符合条件的随迁子女数 {eligible} 人，在公办学校就读 {publicOnly} 人，在政府购买服务的民办学校就读 {bought} 人，合计 {all} 人，占比 {rate}%",
    },
    /** 表Ⅴ's sentences with the blanks filled in. */
    quality: {
      consolidation:
        "全县初中毕业班学生数为 {graduates} 人，三年前该年级入学学生数为 {enrolled} 人，毕业年级三年转入学生数为 {transfersIn} 人，死亡学生数为 {deaths} 人，转出学生数为 {transfersOut} 人，全县初中三年巩固率为 {rate}%",
      disabled:
        "全县残疾儿童少年为 {total} 人，入学 {enrolled} 人，入学率为 {rate}%。其中，在特殊教育学校就读 {inSpecial} 人，占比 {specialRate}%。",
      /**
       * The 质量监测 subjects, in the form's order; also recognised: a monitoring row whose
       * subject starts with one of them is that subject's.
       */
      subjects: ["语文", "数学", "科学", "体育", "艺术", "德育"],
      monitoring: "{subject} {level} 级、校际差异率 {rate}",
    },
    /** 表Ⅳ and 表Ⅴ. */
    parts: {
      headers: ["序号", "名称", "指标值或简要结论", "是否达标"],
      formIV: "表Ⅳ",
      formV: "表Ⅴ",
      noteIV:
        "注：表中所有比例数值保留一位小数，其余保留整数。标准值取自所用评估标准，而非表格样式。",
      noteV: "注：比例保留一位小数，其余保留整数；第 3–8 项为定性指标，填写简要结论及佐证。",
    },
    formVI: {
      table: "表Ⅵ",
      item: "项目",
      survey: "问卷调查",
      visits: "实地走访",
      headers: [
        "问卷总数·计",
        "其中：回收有效问卷数",
        "其中：满意问卷数",
        "问卷调查综合满意度（%）",
        "实地走访人数·计",
        "其中：满意人数",
        "实地走访满意度（%）",
      ],
      columns: {
        responses: "L1 问卷总数",
        valid: "L2 回收有效问卷数",
        satisfied: "L3 满意问卷数",
        rate: "L4 综合满意度",
        visits: "L5 实地走访人数",
        visitsSatisfied: "L6 满意人数",
        visitsRate: "L7 实地走访满意度",
      },
      missingColumn: "{row} {column}",
      overall: "计",
      parents: "其中：家长",
      thresholdDefault: "评估标准规定",
      note: "注：满意度保留一位小数。社会认可度达到 {threshold} 以上为达标（{profile}）。问卷总数按回收的有效问卷计。",
    },
  },
};
