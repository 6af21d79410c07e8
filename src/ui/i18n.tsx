import { createContext, useContext } from "react";
import type { Lang, MessageKey, MessageParams } from "./messages";
import { translate } from "./messages";

export const LangContext = createContext<Lang>("zh");

/** t(key, params) in the language the pane was opened in. */
export function useT(): { lang: Lang; t: (key: MessageKey, params?: MessageParams) => string } {
  const lang = useContext(LangContext);
  return { lang, t: (key, params) => translate(lang, key, params) };
}

/** Core texts come with a Chinese message and, often, an English one. */
export function pick(lang: Lang, zh: string, en: string | undefined): string {
  return lang === "en" && en ? en : zh;
}
