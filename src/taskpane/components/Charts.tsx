/**
 * The pane's two small charts, as inline SVG (no chart library: the pane's
 * JavaScript budget is 300 KB gzip). They scale to the pane's width through their
 * viewBox, so they fit 320–450 px panes, and stop at 480 px on a wide page (the offline page);
 * colours are Fluent's tokens.
 */
import { tokens } from "@fluentui/react-components";
import { fixed } from "../wizard";

const WIDTH = 320;
const FONT = 11;

export interface CvBar {
  /** A short indicator name. */
  label: string;
  cv: number | null;
  limit: number | null;
  passes: boolean | null;
}

/** Each indicator's CV as a bar against the stage's limit (a dashed line): over the line is not met. */
export function CvChart({
  bars,
  title,
  limitLabel,
  decimals,
}: {
  bars: readonly CvBar[];
  title: string;
  limitLabel: string;
  decimals: number;
}) {
  const rowHeight = 28;
  const top = 16;
  const height = top + bars.length * rowHeight + 4;
  const limits = bars.map((b) => b.limit ?? 0);
  const limit = Math.max(0, ...limits);
  const largest = Math.max(limit * 1.25, ...bars.map((b) => (b.cv ?? 0) * 1.1), 0.01);
  const x = (v: number) => (v / largest) * (WIDTH - 44);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid="cv-chart"
      style={{ display: "block", maxWidth: "min(100%, 480px)" }}
    >
      {limit > 0 && (
        <g>
          <line
            x1={x(limit)}
            x2={x(limit)}
            y1={top - 4}
            y2={height}
            stroke={tokens.colorPaletteRedBorder2}
            strokeDasharray="4 3"
          />
          <text
            x={x(limit)}
            y={FONT}
            fontSize={FONT}
            textAnchor="middle"
            fill={tokens.colorNeutralForeground2}
          >
            {limitLabel}
          </text>
        </g>
      )}
      {bars.map((b, i) => {
        const y = top + i * rowHeight;
        const fill =
          b.passes === false
            ? tokens.colorPaletteRedBackground3
            : tokens.colorPaletteGreenBackground3;
        return (
          <g key={b.label} data-testid="cv-bar">
            <text x={0} y={y + FONT} fontSize={FONT} fill={tokens.colorNeutralForeground1}>
              {b.label}
            </text>
            <rect x={0} y={y + 14} width={Math.max(1, x(b.cv ?? 0))} height={9} fill={fill} />
            <text
              x={x(b.cv ?? 0) + 4}
              y={y + 22}
              fontSize={FONT - 1}
              fill={tokens.colorNeutralForeground2}
            >
              {b.cv === null ? "—" : fixed(b.cv, decimals)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * One indicator's schools as dots on a line, against the standard (a dashed line)
 * and the county mean (a triangle): who is short, and by how much, at a glance.
 */
export function DistributionChart({
  values,
  threshold,
  countyValue,
  label,
  standardLabel,
  format,
}: {
  values: readonly number[];
  threshold: number | null;
  countyValue: number | null;
  /** What the chart says to a screen reader. */
  label: string;
  standardLabel: string;
  /** A value with its unit, as the card shows it. */
  format: (v: number) => string;
}) {
  const height = 52;
  const pad = 8;
  const finite = values.filter((v) => Number.isFinite(v));
  const hi = Math.max(...finite, threshold ?? 0, countyValue ?? 0, 1e-9) * 1.05;
  const lo = 0;
  const x = (v: number) => pad + ((v - lo) / (hi - lo)) * (WIDTH - 2 * pad);
  const axis = 30;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="distribution-chart"
      style={{ display: "block", maxWidth: "min(100%, 480px)" }}
    >
      <line x1={pad} x2={WIDTH - pad} y1={axis} y2={axis} stroke={tokens.colorNeutralStroke1} />
      {threshold !== null && (
        <g data-testid="standard-line">
          <line
            x1={x(threshold)}
            x2={x(threshold)}
            y1={12}
            y2={axis + 6}
            stroke={tokens.colorPaletteRedBorder2}
            strokeDasharray="4 3"
          />
          <text
            x={x(threshold)}
            y={FONT - 1}
            fontSize={FONT - 1}
            textAnchor={
              x(threshold) > WIDTH * 0.75 ? "end" : x(threshold) < WIDTH * 0.25 ? "start" : "middle"
            }
            fill={tokens.colorNeutralForeground2}
          >
            {standardLabel}
          </text>
        </g>
      )}
      {finite.map((v, i) => {
        const short = threshold !== null && v < threshold;
        return (
          <circle
            key={i}
            cx={x(v)}
            cy={axis - 4 - (i % 3) * 4}
            r={3}
            fill={short ? tokens.colorPaletteRedForeground1 : tokens.colorPaletteGreenForeground1}
            fillOpacity={0.75}
            data-short={short ? "true" : "false"}
          />
        );
      })}
      {countyValue !== null && (
        <path
          d={`M ${x(countyValue)} ${axis + 2} l -4 7 h 8 z`}
          fill={tokens.colorNeutralForeground2}
        />
      )}
      <text x={pad} y={height - 2} fontSize={FONT - 1} fill={tokens.colorNeutralForeground3}>
        {format(lo)}
      </text>
      <text
        x={WIDTH - pad}
        y={height - 2}
        fontSize={FONT - 1}
        textAnchor="end"
        fill={tokens.colorNeutralForeground3}
      >
        {format(hi / 1.05)}
      </text>
    </svg>
  );
}
