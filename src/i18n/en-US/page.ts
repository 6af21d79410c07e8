import type { Texts } from "../texts";
import type { PAGE as ZH } from "../zh-CN/page";

export const PAGE: Texts<typeof ZH> = {
  title: "EduBalance quality-balance assessment (offline page)",
  privacy:
    "This page runs entirely on your computer: the workbook you pick is read and computed in this browser only; nothing is uploaded or sent anywhere. It works without a network.",
  pick: "Choose a workbook…",
  pickAnother: "Choose another workbook…",
  drop: "or drop an Excel (.xlsx, .xls) or WPS (.et) workbook here",
  dropMany:
    "The schools' returned one-school forms can be picked or dropped together: they are collected into the county school table, assessed, and what came back is listed.",
  template: "Download the empty data template",
  templateHint:
    "No table yet? The template has the school, class and county sheets with headers, drop-downs and number formats set; fill it in, then open it here.",
  reading: "Reading {file}: {done} / {total} MB",
  parsing: "Parsing {file}…",
  readingMany: "Reading file {index} of {count}, {file}: {done} / {total} MB",
  parsingMany: "Parsing file {index} of {count}, {file}…",
  loadedCollected:
    "{files} files collected, {schools} schools written into the county table; the steps below assess that table ({file}) as if it had been opened.",
  loaded: "Read {file} ({sheets} sheets).",
  cancel: "Cancel",
  dismiss: "Dismiss",
  language: "中文",
};
