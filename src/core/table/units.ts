/**
 * Units written in a header (template.md §1): areas in ㎡ (平方米, m2), money in
 * 元 or 万元. SchoolRecord holds ㎡ and 元; the statistics report 教学仪器设备值
 * in 万元, so a money column must say its unit (standards.md §1.1: "the input must
 * say its unit, and the add-in converts").
 */
import type { ValueKind } from "./fields";

export interface HeaderUnit {
  /** The unit as the mapping shows it: "万元", "元", "㎡", "亩". */
  unit: string;
  /** Multiply a cell by this to get the canonical unit (元, ㎡). */
  factor: number;
}

/** Looked up in NFKC text, where ㎡ and m² have become "m2". 万元 before 元. */
const MONEY_UNITS: readonly { term: string; unit: HeaderUnit }[] = [
  { term: "万元", unit: { unit: "万元", factor: 10000 } },
  { term: "千元", unit: { unit: "千元", factor: 1000 } },
  { term: "元", unit: { unit: "元", factor: 1 } },
];

const AREA_UNITS: readonly { term: string; unit: HeaderUnit }[] = [
  { term: "平方米", unit: { unit: "㎡", factor: 1 } },
  { term: "m2", unit: { unit: "㎡", factor: 1 } },
  // 1 亩 = 10000/15 ㎡ (市制); some rural returns give 运动场地 in 亩.
  { term: "亩", unit: { unit: "亩", factor: 10000 / 15 } },
];

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
