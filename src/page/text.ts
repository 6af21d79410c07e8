/** The page's own texts (part `page` of the locale catalogues, src/i18n; the wizard's are part `ui`). */
import { EN_US, fill, ZH_CN } from "../i18n";
import type { Lang } from "../ui/messages";

const TEXTS = { zh: ZH_CN.page, en: EN_US.page } as const;

export type PageTextKey = keyof typeof ZH_CN.page;

export function pageText(
  lang: Lang,
  key: PageTextKey,
  params: Record<string, string | number> = {}
): string {
  return fill(TEXTS[lang][key], params);
}
