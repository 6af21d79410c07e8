/** zh-CN, part `collect`: the messages of src/core/collect/messages.ts. */
export const COLLECT = {
  messages: {
    unreadable: "无法读取，已跳过：{reason}",
    notForm:
      "不是学校填报表：没有「填报项目｜单位｜填报值」式的工作表（各行含「学校名称」「学校类型」「小学在校生数」等项目），也没有只填一所学校的学校基础数据表。已跳过。",
    emptyTable: "是学校表，但表头下面没有学校，像是空白模板。已跳过。",
    countyTable:
      "是有 {count} 所学校的学校表（县级汇总表），不是一校一表，未汇总。请用 edu-balance assess 直接测算它，或把它移出这个文件夹；去年的汇总表可用 --list 作为名单。",
    blankForm: "是空白的学校填报表（填报值一项也没有填写），未写入汇总表。",
    notWritten:
      "缺少必填的填报项目，或有填报项目无法确定（见本文件的其他提示），该校未写入汇总表。请补上或改正后重新汇总。",
    noName: "没有填写学校名称，无法确定是哪所学校，未写入汇总表。",
    duplicateSchool:
      "学校「{school}」同时出现在 {count} 个文件中：{files}，内容不同（{differences}），都未写入汇总表。请核对后只保留一份，再重新汇总。",
    duplicateSame:
      "学校「{school}」在{files}中各交了一份，内容完全相同，只写入一次（取自「{kept}」）。",
    classesNotCollected:
      "班级表未汇总：collect 只汇总学校基础数据。班额要用全县的「班级」表，请把各校的班级整理到汇总表的「班级」表中（表头见数据模板）。",
    itemAbsent: "（表中没有「{label}」这一项）",
  },
  /** 「城关一小.xlsx」工作表「填报表」第12行C列： — where a message's cell is. */
  place: {
    countyTable: "汇总表",
    file: "「{file}」",
    fileOnly: "{file}：",
    sheet: "{file}工作表「{sheet}」",
    row: "第{row}行",
    column: "{column}列",
    end: "：",
  },
};
