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
};
