/**
 * Every text the wizard shows (task pane and offline page): Chinese first (the users are
 * county statisticians), English when Office's display language is English. The words live in
 * the locale catalogues (src/i18n, part `ui`); placeholders {name} are filled with plain values;
 * React renders the result as text, so a school name can never become markup.
 */
import { isEduError } from "../core";
import { EN_US, fill, ZH_CN } from "../i18n";

export type Lang = "zh" | "en";

/** The wizard's words: the `ui` part of the locale catalogues (src/i18n/zh-CN/ui.ts, en-US/ui.ts). */
const TEXTS = { zh: ZH_CN.ui, en: EN_US.ui } as const;

export type MessageKey = keyof typeof ZH_CN.ui;
export type MessageParams = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill(TEXTS[lang][key], params);
}

/** An error's words in the user's language: an EduError's own, else the error's message. */
export function errorText(e: unknown, lang: Lang): string {
  if (isEduError(e)) return lang === "en" ? (e.messageEn ?? e.message) : e.message;
  return e instanceof Error ? e.message : String(e);
}

/** English when Office speaks English (Office.context.displayLanguage, e.g. "en-US"); Chinese otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}
