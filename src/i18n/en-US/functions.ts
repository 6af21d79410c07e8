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
};
