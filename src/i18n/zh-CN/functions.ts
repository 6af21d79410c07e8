/** zh-CN, part `functions`: the custom functions' argument checks and errors (src/functions). */
export const FUNCTIONS = {
  ranges: {
    logical: "是逻辑值 {value}，应为数字",
    text: "是文本“{text}”，应为数字",
    notFinite: "（{value}）不是有限数字",
    notNumber: "（{value}）不是数字",
    negative: "{where}为负数（{value}）",
    nth: "{label}第 {n} 个值",
    noNumbers: "{label}没有数字（全部为空）",
    count: "{label}应有 {count} 个值（按标准 §1.1 的指标顺序），实际有 {actual} 个",
    nthBlank: "{label}第 {n} 个值为空",
    sizesDiffer: "{values}有 {n} 个单元格，{weights}有 {m} 个，两个区域大小应相同",
    noPairs: "{values}与{weights}没有成对的数字（全部为空）",
    blank: "{label}为空",
    notSingle: "{label}应为单个值，实际是 {n} 个单元格的区域",
    stage: "学段",
    badStage: "{label}“{value}”无法识别，应为 小学、初中、primary 或 junior",
    schoolType: "学校类型",
    badSchoolType: "{label}“{value}”无法识别，应为 {types} 之一",
    indicator: "指标",
    badIndicator: "{label}“{value}”无法识别，应为指标代码、中文名称（{names}）或序号 1–7",
  },
  call: {
    zeroWeights: "{label}合计为 0，无法按学生数加权",
    zero: "{label}为 0，无法计算",
    undeclared: "EDU.{id} 未声明",
  },
  errors: {
    failed: "EDU.{name} 计算出错：{detail}",
    notFinite: "EDU.{name} 的结果不是有限数字（输入数值过大或过小）",
    cannotCompute: "{what}无法计算：{why}",
  },
  native: {
    unknownFunction: "EDU.{name} 不是已知的函数",
    argumentCount: "EDU.{name} 应有 {expected} 个参数，实际有 {actual} 个：{call}",
    tooLong: "转换后的公式有 {length} 个字符，超过 Excel 的上限 {limit}",
    syntax: "公式无法解析（{detail}）：{formula}",
    unclosedString: "字符串没有结束引号",
    unclosedParen: "括号不配对",
    missing: "{label}为空",
    notReference:
      "{label}须为单元格区域（如 E2:E32），“{arg}”不是：原生公式要在转换时核对区域的形状",
    shapesDiffer:
      "{values}（{a}）与{weights}（{b}）的行列不同：原生公式逐格相乘，两个区域须形状相同",
    fixedShape: "{label}须为一行或一列 {count} 个单元格，“{arg}”不是",
    unknownLiteral: "{label}“{value}”无法识别",
  },
  differences: {
    textNumbers:
      "文本形式的数字：在成对区域和单个数值参数中由电子表格自己转换（“12”可以，全角数字、千位分隔符取决于软件和区域设置，不能转换时得 #VALUE!）；在单个区域（班额、差异系数区域）和 7 项指标区域中，任何文本都得 #VALUE!（EDU 读出其中的数字）。",
    emptyText:
      '成对区域中公式返回的空文本 ""、只有空格的单元格、或对方为空时本方是文本：原生形式得 #VALUE!（EDU 把该位置两边一起跳过）；真正的空单元格两边一起跳过，与 EDU 相同。',
    blankScalar:
      "单个数值参数引用空单元格时按 0 计算（EDU 报“为空”）：例如数量为空时每百名学生数为 0，学生数为空时得 #DIV/0!。",
    negative: "负数不报错，按原值计算（EDU 报“为负数”）；巩固率的分母不是正数时仍得 #VALUE!。",
    errors:
      "出错时是电子表格自己的错误值（#VALUE!、#DIV/0!、#N/A），没有 EDU 的中文说明；EDU 出错的情形原生形式都出错，或属于本表列出的其他差异。",
    shapes:
      "区域参数须写成单元格区域（如 E2:E32、数据!$E$2:$E$100001）：成对区域须行列相同（一行对一列在转换时拒绝），7 项指标须是一行或一列 7 格；定义名称、INDIRECT、OFFSET 等在转换时拒绝。",
    names:
      "学段、学校类型、指标是文字常量时在转换时按 EDU 的规则识别并写成常数；引用单元格时用 INDEX/MATCH 在完整名称、英文代码（指标还有序号 1–7）中精确查找（不分大小写），简称（九年制、完中）、部分指标名、多余空格或全角字母得 #N/A（EDU 能识别）。",
    tolerance:
      "与达标值、上限的比较保留 EDU 的 1e-9 相对容差：写成 ×0.999999999（达到）或 ×1.000000001（不超过），数组常量中写成算好的数。",
    magnitudes:
      "数值或学生数的绝对值不为 0 但小于 1e-100 或大于 1e100 时，EDU 报“超出可计算范围”；原生形式照常计算，平方下溢或溢出时得 0、#NUM! 或不准确的结果（学校数据的数量级不会到这里）。",
    profile:
      "达标值、上限和折算系数在转换时按所用评估标准写成常数；之后改用其他评估标准不会改变已转换的公式。",
  },
};
