import type { Texts } from "../texts";
import type { FUNCTIONS as ZH } from "../zh-CN/functions";

export const FUNCTIONS: Texts<typeof ZH> = {
  ranges: {
    logical: " is the logical value {value}; a number is expected",
    text: " is the text “{text}”; a number is expected",
    notFinite: " ({value}) is not a finite number",
    notNumber: " ({value}) is not a number",
    negative: "{where} is negative ({value})",
    nth: "{label} value {n}",
    noNumbers: "{label} has no numbers (all blank)",
    count: "{label} should have {count} values (in the order of standard §1.1), it has {actual}",
    nthBlank: "{label} value {n} is blank",
    sizesDiffer:
      "{values} has {n} cells, {weights} has {m}; the two ranges should be the same size",
    noPairs: "{values} and {weights} have no numbers in pairs (all blank)",
    blank: "{label} is blank",
    notSingle: "{label} should be a single value, it is a range of {n} cells",
    stage: "Stage",
    badStage: "{label} “{value}” is not recognised; expected 小学, 初中, primary or junior",
    schoolType: "School type",
    badSchoolType: "{label} “{value}” is not recognised; expected one of {types}",
    indicator: "Indicator",
    badIndicator:
      "{label} “{value}” is not recognised; expected an indicator code, its Chinese name ({names}) or its number 1–7",
  },
  call: {
    zeroWeights: "{label} sum to 0; cannot weight by students",
    zero: "{label} is 0; cannot compute",
    undeclared: "EDU.{id} is not declared",
  },
  errors: {
    failed: "EDU.{name} failed: {detail}",
    notFinite: "EDU.{name}'s result is not a finite number (inputs too large or too small)",
    cannotCompute: "{what} cannot be computed: {why}",
  },
  native: {
    unknownFunction: "EDU.{name} is not a known function",
    argumentCount: "EDU.{name} takes {expected} arguments, {actual} given: {call}",
    tooLong: "The converted formula has {length} characters, over Excel's limit of {limit}",
    syntax: "The formula cannot be parsed ({detail}): {formula}",
    unclosedString: "a string has no closing quote",
    unclosedParen: "parentheses do not match",
    missing: "{label} is empty",
    notReference:
      "{label} must be a cell range (e.g. E2:E32), “{arg}” is not: the native formula checks the range's shape when converting",
    shapesDiffer:
      "{values} ({a}) and {weights} ({b}) differ in shape: the native formula multiplies cell by cell, so both ranges must have the same rows and columns",
    fixedShape: "{label} must be one row or one column of {count} cells, “{arg}” is not",
    unknownLiteral: "{label} “{value}” is not recognised",
  },
  differences: {
    textNumbers:
      "Numbers stored as text: in paired ranges and single-number arguments the spreadsheet converts them itself (“12” works; full-width digits and thousands separators depend on the program and locale, #VALUE! when it cannot); in single ranges (class sizes, CVs) and the 7-indicator range any text gives #VALUE! (EDU reads the numbers in them).",
    emptyText:
      'In paired ranges, empty text "" returned by a formula, a cell of spaces, or text whose partner is blank gives #VALUE! (EDU skips that position on both sides); truly empty cells are skipped on both sides, as EDU does.',
    blankScalar:
      "A single-number argument referring to a blank cell counts as 0 (EDU says it is blank): e.g. per 100 students is 0 when the count is blank, #DIV/0! when the students are.",
    negative:
      "Negative numbers are not refused but computed as given (EDU says they are negative); a consolidation rate whose denominator is not positive still gives #VALUE!.",
    errors:
      "Errors are the spreadsheet's own (#VALUE!, #DIV/0!, #N/A), without EDU's Chinese message; wherever EDU gives an error the native form does too, or the case is another difference listed here.",
    shapes:
      "Range arguments must be written as cell ranges (e.g. E2:E32, 数据!$E$2:$E$100001): paired ranges must have the same rows and columns (a row against a column is refused when converting), the 7 indicators one row or one column of 7 cells; defined names, INDIRECT, OFFSET and the like are refused when converting.",
    names:
      "A stage, school type or indicator written as literal text is recognised when converting, by EDU's rules, and written as a constant; one taken from a cell is looked up by INDEX/MATCH among the full names and English ids (and 1–7 for indicators), exactly but ignoring case: short forms (九年制, 完中), partial indicator names, extra spaces or full-width letters give #N/A (EDU reads them).",
    tolerance:
      "Comparisons with thresholds and limits keep EDU's relative tolerance of 1e-9: written as ×0.999999999 (reaches) or ×1.000000001 (does not exceed), and as computed numbers inside array constants.",
    magnitudes:
      "A value or student count whose magnitude is not 0 but below 1e-100 or above 1e100: EDU says it is out of the computable range; the native form computes anyway and may give 0, #NUM! or an inexact result when a square underflows or overflows (school data never comes near).",
    profile:
      "Thresholds, limits and weights are written as constants of the profile in use when converting; choosing another profile later does not change converted formulas.",
  },
};
