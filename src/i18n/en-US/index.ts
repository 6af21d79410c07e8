/**
 * The en-US catalogue: the same keys as zh-CN (../zh-CN/index.ts), in English, but for the
 * documents' parts (form, report, tools: ../documents.ts).
 */
import type { DocumentPart, Texts } from "../texts";
import type { ZH_CN } from "../zh-CN";
import { CORE } from "./core";
import { HOST } from "./host";
import { PAGE } from "./page";
import { UI } from "./ui";
import { FUNCTIONS } from "./functions";
import { PROFILES } from "./profiles";
import { RULES } from "./rules";
import { FINDINGS } from "./findings";
import { RECHECK } from "./recheck";
import { COLLECT } from "./collect";
import { ALLOWANCES } from "./allowances";
import { READER } from "./reader";
import { COMPARE } from "./compare";
import { COMPARE_INPUT } from "./compareInput";

export const EN_US: Texts<Omit<typeof ZH_CN, DocumentPart>> = {
  core: CORE,
  host: HOST,
  ui: UI,
  page: PAGE,
  reader: READER,
  allowances: ALLOWANCES,
  collect: COLLECT,
  recheck: RECHECK,
  findings: FINDINGS,
  rules: RULES,
  profiles: PROFILES,
  functions: FUNCTIONS,
  compare: COMPARE,
  compareInput: COMPARE_INPUT,
};
