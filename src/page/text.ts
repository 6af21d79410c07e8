/** The page's own texts (the wizard's are src/ui/messages.ts): Chinese first, English second. */
import type { Lang } from "../ui/messages";

export const PAGE_TEXT = {
  title: {
    zh: "EduBalance 优质均衡测算（离线版）",
    en: "EduBalance quality-balance assessment (offline page)",
  },
  privacy: {
    zh: "本页面完全在您的电脑上运行：所选工作簿只在本机浏览器中读取和计算，数据不会上传，也不会发送到任何网络地址。断开网络也能使用。",
    en: "This page runs entirely on your computer: the workbook you pick is read and computed in this browser only; nothing is uploaded or sent anywhere. It works without a network.",
  },
  pick: { zh: "选择工作簿…", en: "Choose a workbook…" },
  pickAnother: { zh: "换一个工作簿…", en: "Choose another workbook…" },
  drop: {
    zh: "或把 Excel 工作簿（.xlsx、.xls）或 WPS 表格（.et）拖到这里",
    en: "or drop an Excel (.xlsx, .xls) or WPS (.et) workbook here",
  },
  dropMany: {
    zh: "各校交回的学校填报表（一校一表）可以一次选择或拖入多个：汇总成全县的学校基础数据表后测算，并列出回收情况。",
    en: "The schools' returned one-school forms can be picked or dropped together: they are collected into the county school table, assessed, and what came back is listed.",
  },
  template: { zh: "下载空白数据模板", en: "Download the empty data template" },
  templateHint: {
    zh: "还没有整理好的表格？模板含学校表、班级表和县级指标表，表头、下拉选项和数字格式都已设好；填好后在这里打开。",
    en: "No table yet? The template has the school, class and county sheets with headers, drop-downs and number formats set; fill it in, then open it here.",
  },
  reading: {
    zh: "正在读取 {file}：{done} / {total} MB",
    en: "Reading {file}: {done} / {total} MB",
  },
  parsing: { zh: "正在解析 {file}……", en: "Parsing {file}…" },
  readingMany: {
    zh: "正在读取第 {index} / {count} 个文件 {file}：{done} / {total} MB",
    en: "Reading file {index} of {count}, {file}: {done} / {total} MB",
  },
  parsingMany: {
    zh: "正在解析第 {index} / {count} 个文件 {file}……",
    en: "Parsing file {index} of {count}, {file}…",
  },
  loadedCollected: {
    zh: "已汇总 {files} 个文件，写入汇总表 {schools} 所学校；下面按这张汇总表（{file}）测算，与打开这张表相同。",
    en: "{files} files collected, {schools} schools written into the county table; the steps below assess that table ({file}) as if it had been opened.",
  },
  loaded: {
    zh: "已读取 {file}（{sheets} 个工作表）。",
    en: "Read {file} ({sheets} sheets).",
  },
  cancel: { zh: "取消", en: "Cancel" },
  dismiss: { zh: "关闭", en: "Dismiss" },
  language: { zh: "English", en: "中文" },
} satisfies Record<string, Record<Lang, string>>;

export type PageTextKey = keyof typeof PAGE_TEXT;

export function pageText(
  lang: Lang,
  key: PageTextKey,
  params: Record<string, string | number> = {}
): string {
  return PAGE_TEXT[key][lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m
  );
}
