/**
 * 与往年比较's charts (issue 25), as inline SVG like the pane's other charts (Charts.tsx): for
 * one indicator, its CV in each year as a column against its limit (a dashed line; a column over
 * the line is red); for a stage, the schools passing in each year out of the schools assessed.
 * Each chart scales to the pane's width through its viewBox (320–450 px panes, at most 480 px).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { fixed } from "../wizard";

const WIDTH = 320;
const FONT = 11;

const useStyles = makeStyles({
  chart: { display: "block", maxWidth: "min(100%, 480px)" },
});

/** Where column i of n stands, and how wide it is, across the chart's width (a label column left). */
function columns(n: number, left: number): { x: (i: number) => number; width: number } {
  const slot = (WIDTH - left) / Math.max(1, n);
  const width = Math.min(36, slot * 0.6);
  return { x: (i) => left + i * slot + (slot - width) / 2, width };
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
  /** What the chart says to a screen reader (and shows above it). */
  title: string;
  limitLabel: string;
}) {
  const styles = useStyles();
  const top = 14;
  const plot = 40;
  const base = top + plot;
  const height = base + FONT + 6;
  const max = Math.max(limit ?? 0, ...cv.map((v) => v ?? 0)) * 1.1 || 1;
  const y = (v: number) => base - (v / max) * plot;
  const { x, width } = columns(years.length, 0);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid="cv-trend-chart"
      className={styles.chart}
    >
      <line x1={0} x2={WIDTH} y1={base} y2={base} stroke={tokens.colorNeutralStroke1} />
      {years.map((year, i) => {
        const v = cv[i];
        const over = v !== null && limit !== null && v > limit;
        return (
          <g key={year} data-testid="cv-trend-column">
            {v !== null && (
              <rect
                x={x(i)}
                y={y(v)}
                width={width}
                height={Math.max(1, base - y(v))}
                fill={over ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground2Hover}
              />
            )}
            <text
              x={x(i) + width / 2}
              y={v === null ? base - 2 : y(v) - 2}
              fontSize={FONT - 1}
              textAnchor="middle"
              fill={over ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground2}
            >
              {v === null ? "—" : fixed(v, 3)}
            </text>
            <text
              x={x(i) + width / 2}
              y={height - 2}
              fontSize={FONT - 1}
              textAnchor="middle"
              fill={tokens.colorNeutralForeground3}
            >
              {year}
            </text>
          </g>
        );
      })}
      {limit !== null && (
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
      )}
    </svg>
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
  const styles = useStyles();
  const top = 14;
  const plot = 40;
  const base = top + plot;
  const height = base + FONT + 6;
  const max = Math.max(1, ...schools.map((v) => v ?? 0), ...passing.map((v) => v ?? 0));
  const y = (v: number) => base - (v / max) * plot;
  const { x, width } = columns(years.length, 0);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid="passing-trend-chart"
      className={styles.chart}
    >
      <line x1={0} x2={WIDTH} y1={base} y2={base} stroke={tokens.colorNeutralStroke1} />
      {years.map((year, i) => {
        const total = schools[i];
        const pass = passing[i];
        return (
          <g key={year} data-testid="passing-trend-column">
            {total !== null && (
              <rect
                x={x(i)}
                y={y(total)}
                width={width}
                height={Math.max(1, base - y(total))}
                fill={tokens.colorNeutralBackground5}
              />
            )}
            {pass !== null && (
              <rect
                x={x(i)}
                y={y(pass)}
                width={width}
                height={Math.max(1, base - y(pass))}
                fill={
                  total !== null && pass < total
                    ? tokens.colorPaletteRedBackground3
                    : tokens.colorPaletteGreenBackground3
                }
              />
            )}
            <text
              x={x(i) + width / 2}
              y={(total === null ? base : y(total)) - 2}
              fontSize={FONT - 1}
              textAnchor="middle"
              fill={tokens.colorNeutralForeground2}
            >
              {pass === null ? "—" : `${pass}/${total ?? "—"}`}
            </text>
            <text
              x={x(i) + width / 2}
              y={height - 2}
              fontSize={FONT - 1}
              textAnchor="middle"
              fill={tokens.colorNeutralForeground3}
            >
              {year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
