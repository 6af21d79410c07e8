/**
 * Every message about the 2019 认定规程 allowances (application-form.md §2), in
 * one table keyed by a stable code, Chinese first and English second, in the
 * style of table/messages.ts. A used allowance is a note that names it ("按
 * 2016 年前建成学校标准 73 ㎡ 评估"); a claim that lacks its fact, or a fact that
 * rules it out, is a finding (a warning naming the school).
 */
import { EN_US, fill, ZH_CN } from "../../i18n";
export type AllowanceParams = Record<string, string | number>;

interface AllowanceTemplate {
  zh: (p: AllowanceParams) => string;
  en: (p: AllowanceParams) => string;
}

/** The words are the locale catalogues' (src/i18n, part `allowances`). */
export const ALLOWANCE_MESSAGES = Object.fromEntries(
  (Object.keys(ZH_CN.allowances.messages) as (keyof typeof ZH_CN.allowances.messages)[]).map(
    (code) => [
      code,
      {
        zh: (p: Record<string, string | number>) => fill(ZH_CN.allowances.messages[code], p),
        en: (p: Record<string, string | number>) => fill(EN_US.allowances.messages[code], p),
      },
    ]
  )
) as Record<keyof typeof ZH_CN.allowances.messages, AllowanceTemplate>;

export type AllowanceMessageCode = keyof typeof ALLOWANCE_MESSAGES;

/** A message of the table in both languages. */
export function allowanceText(
  code: AllowanceMessageCode,
  params: AllowanceParams
): { code: AllowanceMessageCode; message: string; messageEn: string } {
  const t: AllowanceTemplate = ALLOWANCE_MESSAGES[code];
  return { code, message: t.zh(params), messageEn: t.en(params) };
}
