/**
 * The en-US twins of the documents' parts (form, report, tools): the 申报表 and the working
 * sheets are written in Chinese only, so no program bundle needs them; they are kept, checked
 * against zh-CN by test/i18n/parity.test.ts, for an English document when one is asked for.
 */
import type { DocumentPart, Texts } from "./texts";
import type { ZH_CN } from "./zh-CN";
import { FORM } from "./en-US/form";
import { REPORT } from "./en-US/report";
import { TOOLS } from "./en-US/tools";
import { MONITOR } from "./en-US/monitor";
import { SELF_REPORT } from "./en-US/selfReport";

export const EN_DOCUMENTS: Texts<Pick<typeof ZH_CN, DocumentPart>> = {
  form: FORM,
  report: REPORT,
  tools: TOOLS,
  monitor: MONITOR,
  selfReport: SELF_REPORT,
};
