/** The en-US catalogue: the same keys as zh-CN (../zh-CN/index.ts), in English. */
import type { Texts } from "../texts";
import type { ZH_CN } from "../zh-CN";
import { CLI } from "./cli";
import { CORE } from "./core";
import { FORM } from "./form";
import { HOST } from "./host";
import { REPORT } from "./report";
import { TOOLS } from "./tools";
import { PAGE } from "./page";
import { UI } from "./ui";
import { FINDINGS } from "./findings";
import { RECHECK } from "./recheck";
import { COLLECT } from "./collect";
import { ALLOWANCES } from "./allowances";
import { READER } from "./reader";

export const EN_US: Texts<typeof ZH_CN> = {
  core: CORE,
  form: FORM,
  report: REPORT,
  tools: TOOLS,
  cli: CLI,
  host: HOST,
  ui: UI,
  page: PAGE,
  reader: READER,
  allowances: ALLOWANCES,
  collect: COLLECT,
  recheck: RECHECK,
  findings: FINDINGS,
};
