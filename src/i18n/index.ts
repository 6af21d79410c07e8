/**
 * One catalogue per locale (issue 24 §3): zh-CN (./zh-CN) and en-US (./en-US), keyed, the same
 * keys in both. Sources say `ZH.report.summary.title` (the 申报表, the CLI and the hosts write
 * Chinese) and `fill(ZH.cli.schools, { n })` for a text with holes; `textsFor(lang)` gives the
 * catalogue of a language.
 *
 * This folder imports nothing outside itself: any part of the code may use it.
 */
import { EN_US } from "./en-US";
import { ZH_CN } from "./zh-CN";
import { fill, type DocumentPart, type FillParams, type Texts } from "./texts";

export { fill, type DocumentPart, type FillParams, type Texts } from "./texts";
export { EN_US, ZH_CN };

/** The Chinese catalogue, the one the 申报表, the CLI and the hosts write by default. */
export const ZH = ZH_CN;

/** What both languages hold: every part but the documents' (DocumentPart). */
export type Catalogue = Texts<Omit<typeof ZH_CN, DocumentPart>>;

export function textsFor(lang: "zh" | "en"): Catalogue {
  return lang === "en" ? EN_US : ZH_CN;
}

/** A text in both languages, as the coded messages carry it (`message` and `messageEn`). */
export interface Pair {
  zh: string;
  en: string;
}

/**
 * The same text of both catalogues, filled: `pair((c) => c.reader.phrases.none)`.
 * The `…En` parameters fill the English text's holes of that name (`{listEn}`).
 */
export function pair(pick: (c: Catalogue) => string, params: FillParams = {}): Pair {
  return { zh: fill(pick(ZH_CN), params), en: fill(pick(EN_US), params) };
}
