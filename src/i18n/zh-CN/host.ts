/** zh-CN: see ../index.ts for which sources use this part. */
export const HOST = {
  /** src/workbook/zip.ts: a workbook's zip refused or damaged. */
  zip: {
    noDirectory: "找不到压缩包目录",
    zip64: "无法读取 {name}：压缩包超过 4 GB 或含 65535 个以上部件，超出本工具的处理上限",
    tooManyParts:
      "无法读取 {name}：压缩包含 {count} 个部件，超过 {limit} 个的上限（正常工作簿只有几十个），文件可能已损坏或被恶意构造",
    directoryOutOfPlace: "压缩包目录位置不对",
    directoryIncomplete: "压缩包目录不完整",
    encrypted: "无法读取 {name}：文件中的部件经过加密；请在 Excel 中取消密码并另存为 .xlsx 后重试",
    method: "部件 {part} 使用了不支持的压缩方式 {method}",
    partTooLarge: "无法读取 {name}：部件 {part} 超过 4 GB，超出本工具的处理上限",
    partOutOfPlace: "部件 {part} 的位置不对",
    partCutShort: "部件 {part} 不完整",
    bomb: "无法读取 {name}：部件 {part} 的压缩比超过 {ratio}:1（{size} 压缩为 {compressed} 字节），不像正常的工作簿，可能是压缩炸弹",
    tooLarge:
      "无法读取 {name}：解压后共 {total}，超过 {limit} 的上限；文件可能被恶意构造（压缩炸弹），或请拆分工作簿后重试",
    doesNotInflate: "部件 {part} 的压缩数据有误",
    moreThanDeclared: "部件 {part} 解压后大于声明的大小（压缩数据与声明的大小不符）",
    sizeMismatch: "部件 {part} 解压后为 {size} 字节，与声明的 {declared} 字节不符",
  },
  /** src/workbook/refusals.ts: the reader's refusals. */
  refusals: {
    damaged: "无法读取 {name}：文件已损坏或不完整",
    damagedWhy: "无法读取 {name}：文件已损坏或不完整（{why}）",
    beyondExcelLimits:
      "无法读取 {file}：工作表「{sheet}」用到第 {rows} 行、第 {columns} 列，超出 Excel 的上限（1,048,576 行 × 16,384 列）；文件不是 Excel 保存的，或已损坏",
    sheetTooLarge:
      "无法读取 {file}：工作表「{sheet}」的已用区域为 {rows} 行 × {columns} 列，超过 {limit} 万个单元格的上限；请删除表格以外误填的内容或合并单元格（按 Ctrl+End 可找到最后一个已用单元格）后重试",
    workbookTooLarge:
      "无法读取 {file}：读到工作表「{sheet}」时，各工作表的已用区域合计已达 {cells} 万个单元格，超过整个工作簿 {limit} 万个单元格的上限；请删除多余的工作表或表格以外误填的内容后重试",
    tooManyMerges:
      "无法读取 {file}：工作表「{sheet}」处合并单元格区域超过 {limit} 个的上限（正常的表头只有几十个）；文件可能被恶意构造，请取消多余的合并后重试",
  },
  /** src/workbook/index.ts: a file refused before it is read. */
  workbook: {
    emptyFile: "文件 {name} 是空的（0 字节），不是 Excel 工作簿",
    fileTooLarge: "无法读取 {name}：文件有 {size}，超过 {limit} 的上限；请拆分工作簿后重试",
    notAWorkbook: "无法读取 {name}：不是 Excel 工作簿（.xlsx、.xls）或 WPS 表格（.et）文件",
    encrypted:
      "无法读取 {name}：文件设有打开密码；请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后重试",
    legacyTooLarge:
      "无法读取 {name}：旧版 .xls/.et 文件有 {size} MB，超过 {limit} MB 的上限；请另存为 .xlsx 后重试",
  },
  /** src/workbook/biff.ts: a legacy .xls/.et refused. */
  biff: {
    atSheet: "读到工作表「{sheet}」时，",
    tooLarge:
      "无法读取 {file}：{where}这个旧版 .xls/.et 文件中的单元格、共享字符串等内容已超过 {limit} 万项的上限（旧版文件要整个读入内存）；请在 Excel 或 WPS 中另存为 .xlsx 后重试",
    tooSlow:
      "无法读取 {file}：这个旧版 .xls/.et 文件中的超链接或合并单元格区域异常地多或大，文件可能被恶意构造；请在 Excel 或 WPS 中另存为 .xlsx 后重试",
    tooManySheets:
      "无法读取 {file}：这个旧版 .xls/.et 文件的工作表超过 {limit} 张，文件已损坏或被恶意构造",
  },
  /** src/workbook/sheetXml.ts: a sheet's XML damaged. */
  sheetXml: {
    notXml: "部件 {part} 不是有效的 XML",
    missingString: "工作表「{sheet}」引用了不存在的共享字符串 {index}",
    badCellRef: "工作表「{sheet}」中的单元格地址 {ref} 有误",
    badRow: "工作表「{sheet}」中的行号 {row} 有误",
  },
  /** src/workbook/legacy.ts: a legacy .xls/.et refused. */
  legacy: {
    encrypted: "无法读取 {name}：文件设有打开密码；请在 Excel 或 WPS 中取消密码并保存后重试",
    encryptedOrDamaged:
      "无法读取 {name}：文件已损坏，或设有打开密码；请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试",
  },
  /** src/workbook/legacy.ts and xlsx.ts: a workbook without sheets. */
  noWorksheets: "无法读取 {name}：工作簿中没有工作表（可能不是 Excel 文件或已损坏）",
  /** src/workbook/sheet.ts: merged areas that overlap. */
  overlappingMerges:
    "无法读取 {file}：工作表「{sheet}」的合并单元格区域 {a} 与 {b} 相互重叠（Excel 不允许这样保存），文件已损坏或被恶意构造",
  /** src/workbook/cells.ts: the value read for a formula saved without its result. */
  uncalculatedFormula: "#公式未计算",
  /** src/workbook/cfb.ts: a compound file's sector chain that loops. */
  sectorLoop: "复合文件的扇区链形成循环",
  /** src/functions/ranges.ts: the custom functions' arguments refused. */
  /** src/functions/call.ts: a custom function's call refused. */
  /** src/functions/errors.ts: a custom function's failure as Excel shows it. */
  /** src/taskpane/excel/read.ts: the pane's sources not found or empty. */
  read: {
    sheetsNotFound: "找不到工作表「{names}」：它可能已被重命名或删除。请在“数据来源”中重新选择。",
    or: "」或「",
    selectionEmpty: "当前选定区域没有数据：请选中学校表（含表头）后重试。",
    selection: "当前选定区域",
    sheet: "工作表「{sheet}」",
    noData: "{where}没有数据。",
    classSheetEmpty: "班级工作表「{sheet}」没有数据。",
    countySheetEmpty: "县级指标工作表「{sheet}」没有数据。",
    sheetNotFound: "找不到工作表「{sheet}」。",
  },
  /** src/taskpane/excel/write.ts: the pane writing its report. */
  write: {
    cancelled: "已取消：报表未写入，工作簿保持原样",
    marker: "EduBalance 报表工作表标记（请勿删除）",
  },
  /** src/page/fileGateway.ts: the offline page's gateway over a picked file. */
  fileGateway: {
    report: "申报表",
    sheetNotFound: "找不到工作表「{name}」：请重新选择。",
    sheetEmpty: "工作表「{sheet}」没有数据。",
    noTemplate: "离线页面不新建模板：请使用 examples/county-template.xlsx",
    /** The converted copy's file name: "县数据.普通公式.xlsx". */
    unplugLabel: "普通公式",
    unplugNotWorkbook: "{name} 不是可以转换的 .xlsx 工作簿（无法解压或没有工作表）。",
  },
  /** src/taskpane/excel/unplug.ts: 转换为普通公式 in the open workbook. */
  unplug: {
    nothing: "没有可以改写的公式：未改动工作簿。",
    changed: "工作簿中的 EDU 公式在列出之后有改动：未写入任何单元格，请重新转换。",
  },
  /** src/page/reader.ts: the offline page's reader worker failing. */
  reader: {
    pageDamaged: "页面文件不完整（缺少读取程序）：请重新获取 edu-balance.html",
    internal: "无法读取 {name}：程序内部错误（{message}）；请把文件和这条信息反馈给开发者",
    stopped:
      "无法读取 {name}：读取程序意外停止（可能是文件太大、内存不足）；请关闭其他程序后重试，或拆分工作簿",
  },
  /** src/page/PageApp.tsx: the offline page. */
  pageApp: {
    templateFileName: "EduBalance 数据模板.xlsx",
  },
  /** src/ui/components/WhatIfPanel.tsx: units of the what-if panel. */
  whatIf: {
    moneyUnit: "万元",
    /** The gap fields' unit words (GAP_FIELDS[…].unit), recognised to be put in English. */
    units: {
      people: "人",
      rooms: "间",
    },
  },
};
