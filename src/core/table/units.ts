/**
 * Units written in a header (template.md §1): areas in ㎡ (平方米, m2), money in
 * 元 or 万元. SchoolRecord holds ㎡ and 元; the statistics report 教学仪器设备值
 * in 万元, so a money column must say its unit (standards.md §1.1: "the input must
 * say its unit, and the add-in converts").
 */
import {
  HEADER_AREA_UNITS as AREA_UNITS,
  HEADER_MONEY_UNITS as MONEY_UNITS,
  type HeaderUnit,
  type ValueKind,
} from "./fields";

export type { HeaderUnit } from "./fields";

/**
 * The unit of a column from its normalised header parts, the column's own text
 * first, then its group texts (a unit written in the group cell covers its
 * sub-columns). Undefined when the header says none.
 */
export function headerUnit(kind: ValueKind, parts: readonly string[]): HeaderUnit | undefined {
  const table = kind === "money" ? MONEY_UNITS : kind === "area" ? AREA_UNITS : undefined;
  if (!table) return undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    for (const { term, unit } of table) if (parts[i].includes(term)) return unit;
  }
  return undefined;
}

/**
 * A value times its unit's factor. Products like 123.45 × 10000 carry binary
 * noise (1234500.0000000002); rounding to 1e-6 removes it and nothing real.
 */
export function toCanonical(value: number, unit: HeaderUnit | undefined): number {
  if (!unit || unit.factor === 1) return value;
  return Math.round(value * unit.factor * 1e6) / 1e6;
}
