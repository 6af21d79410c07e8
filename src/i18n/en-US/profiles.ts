import type { Texts } from "../texts";
import type { PROFILES as ZH } from "../zh-CN/profiles";

export const PROFILES: Texts<typeof ZH> = {
  national2017: {
    name: "National high-quality balance standard (2017)",
    source:
      "Measures for the Supervision and Assessment of High-Quality Balanced Compulsory Education in Counties (教督〔2017〕6号)",
  },
  basic2012: {
    name: "National basic balance standard (2012)",
    source:
      "Interim Measures for the Supervision and Assessment of Balanced Compulsory Education in Counties (教督〔2012〕3号), article 7: the coefficients of variation of the 8 indicators and the composite one, at most 0.65 for primary and 0.55 for junior schools",
  },
  allowances2019: {
    name: "National high-quality balance standard (2017) with the 2019 certification allowances",
    source:
      "Measures for the Supervision and Assessment of High-Quality Balanced Compulsory Education in Counties (教督〔2017〕6号); the allowances for the first three years of the Certification Rules (国教督办函〔2019〕30号)",
  },
};
