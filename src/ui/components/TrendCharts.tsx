/**
 * 与往年比较's charts (issue 25), as inline SVG like the pane's other charts (Charts.tsx): for
 * one indicator, its CV in each year as a column against its limit (a dashed line; a column over
 * the line is red); for a stage, the schools passing in each year out of the schools assessed.
 * Each chart scales to the pane's width through its viewBox (320–450 px panes, at most 480 px).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fixed } from "../wizard";

const WIDTH = 320;
const FONT = 11;

const useStyles = makeStyles({
  chart: { display: "block", maxWidth: "min(100%, 480px)" },
});

/** Where column i of n stands, and how wide it is, across the chart's width. */
function columns(n: number): { x: (i: number) => number; width: number } {
  const slot = WIDTH / Math.max(1, n);
  const width = Math.min(36, slot * 0.6);
  return { x: (i) => i * slot + (slot - width) / 2, width };
}

const TOP = 14;
const PLOT = 40;
const BASE = TOP + PLOT;
const HEIGHT = BASE + FONT + 6;

/** A column from the base line up to `top` (at least 1 px, so a 0 still shows). */
function Column({ x, width, top, fill }: { x: number; width: number; top: number; fill: string }) {
  return <rect x={x} y={top} width={width} height={Math.max(1, BASE - top)} fill={fill} />;
}

/** A small text centred on a column: its figure above it, or its year under the base line. */
function ColumnText({
  x,
  y,
  colour,
  children,
}: {
  x: number;
  y: number;
  colour: string;
  children: string | number;
}) {
  return (
    <text x={x} y={y} fontSize={FONT - 1} textAnchor="middle" fill={colour}>
      {children}
    </text>
  );
}

/**
 * The frame both charts share: the SVG scaled to the pane, the base line, and per year its
 * column group (drawn by `column`, given the column's left x, width and y of a value) with the
 * year under it.
 */
function YearColumns({
  years,
  max,
  title,
  testId,
  column,
  children,
}: {
  years: readonly number[];
  /** The value at the top of the plot. */
  max: number;
  title: string;
  testId: string;
  column: (i: number, x: number, width: number, y: (v: number) => number) => ReactNode;
  children?: (y: (v: number) => number) => ReactNode;
}) {
  const styles = useStyles();
  const y = (v: number) => BASE - (v / max) * PLOT;
  const { x, width } = columns(years.length);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid={testId}
      className={styles.chart}
    >
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} stroke={tokens.colorNeutralStroke1} />
      {years.map((year, i) => (
        <g key={year} data-testid={`${testId}-column`}>
          {column(i, x(i), width, y)}
          <ColumnText x={x(i) + width / 2} y={HEIGHT - 2} colour={tokens.colorNeutralForeground3}>
            {year}
          </ColumnText>
        </g>
      ))}
      {children?.(y)}
    </svg>
  );
}

/** One indicator's CV by year (columns, the value above each) against its limit (dashed). */
export function CvTrendChart({
  years,
  cv,
  limit,
  title,
  limitLabel,
}: {
  years: readonly number[];
  cv: readonly (number | null)[];
  limit: number | null;
  /** What the chart says to a screen reader. */
  title: string;
  limitLabel: string;
}) {
  const max = Math.max(limit ?? 0, ...cv.map((v) => v ?? 0)) * 1.1 || 1;
  return (
    <YearColumns
      years={years}
      max={max}
      title={title}
      testId="cv-trend-chart"
      column={(i, x, width, y) => {
        const v = cv[i];
        const over = v !== null && limit !== null && v > limit;
        return (
          <>
            {v !== null && (
              <Column
                x={x}
                width={width}
                top={y(v)}
                fill={over ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground2Hover}
              />
            )}
            <ColumnText
              x={x + width / 2}
              y={v === null ? BASE - 2 : y(v) - 2}
              colour={over ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground2}
            >
              {v === null ? "—" : fixed(v, 3)}
            </ColumnText>
          </>
        );
      }}
    >
      {(y) =>
        limit !== null && (
          <g data-testid="cv-trend-limit">
            <line
              x1={0}
              x2={WIDTH}
              y1={y(limit)}
              y2={y(limit)}
              stroke={tokens.colorPaletteRedBorder2}
              strokeDasharray="4 3"
            />
            <text
              x={WIDTH}
              y={y(limit) - 2}
              fontSize={FONT - 1}
              textAnchor="end"
              fill={tokens.colorNeutralForeground2}
            >
              {limitLabel}
            </text>
          </g>
        )
      }
    </YearColumns>
  );
}

/** The schools passing in each year (a column, "28/30" above it) out of those assessed. */
export function PassingTrendChart({
  years,
  passing,
  schools,
  title,
}: {
  years: readonly number[];
  passing: readonly (number | null)[];
  schools: readonly (number | null)[];
  title: string;
}) {
  const max = Math.max(1, ...schools.map((v) => v ?? 0), ...passing.map((v) => v ?? 0));
  return (
    <YearColumns
      years={years}
      max={max}
      title={title}
      testId="passing-trend-chart"
      column={(i, x, width, y) => {
        const total = schools[i];
        const pass = passing[i];
        return (
          <>
            {total !== null && (
              <Column x={x} width={width} top={y(total)} fill={tokens.colorNeutralBackground5} />
            )}
            {pass !== null && (
              <Column
                x={x}
                width={width}
                top={y(pass)}
                fill={
                  total !== null && pass < total
                    ? tokens.colorPaletteRedBackground3
                    : tokens.colorPaletteGreenBackground3
                }
              />
            )}
            <ColumnText
              x={x + width / 2}
              y={(total === null ? BASE : y(total)) - 2}
              colour={tokens.colorNeutralForeground2}
            >
              {pass === null ? "—" : `${pass}/${total ?? "—"}`}
            </ColumnText>
          </>
        );
      }}
    />
  );
}
