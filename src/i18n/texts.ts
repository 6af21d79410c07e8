/**
 * The shape of a locale's catalogue. zh-CN is written first and is the model: en-US must hold
 * the same keys, in the same nesting, with lists of the same length (the compiler checks the
 * keys through `Texts<typeof …>`; test/i18n/parity.test.ts checks the `{holes}` and lengths).
 *
 * A text is a string, with `{name}` holes that `fill()` fills, or a list of strings (headers
 * written in a row, for example).
 */
export type Texts<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Texts<T[K]>;
};

export type FillParams = Readonly<Record<string, string | number>>;

/**
 * `fill("第 {row} 行", { row: 3 })` → "第 3 行". A hole without a value stays as written
 * (`{row}`), so a missing parameter shows in the output instead of vanishing.
 */
export function fill(template: string, params: FillParams): string {
  return template.replace(/\{(\w+)\}/g, (hole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : hole
  );
}

/**
 * The parts that say what only the Chinese documents say (the 申报表's tables, the working
 * sheets, the tools' sheets): zh-CN has them in its catalogue; their en-US twins are kept apart
 * (../documents.ts) so that no bundle carries English the program never writes.
 */
export type DocumentPart = "form" | "report" | "tools" | "monitor" | "selfReport";
