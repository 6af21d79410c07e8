/**
 * The pane's two small charts, as inline SVG (no chart library: the pane's
 * JavaScript budget is 300 KB gzip). They scale to the pane's width through their
 * viewBox, so they fit 320–450 px panes, and stop at 480 px on a wide page (the offline page);
 * colours are Fluent's tokens. Their axes have nice ticks (0, 0.1, 0.2 … or 0, 2, 4 …: niceScale,
 * the same as the CLI's charts page).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { niceScale, type NiceScale } from "../../report";
import { fixed } from "../wizard";

const WIDTH = 320;
const FONT = 11;

const useStyles = makeStyles({
  chart: { display: "block", maxWidth: "min(100%, 480px)" },
});

/** Where a tick's label is anchored: the first and the last stay inside the chart. */
function anchorOf(i: number, count: number): "start" | "middle" | "end" {
  return i === 0 ? "start" : i === count - 1 ? "end" : "middle";
}

/** A horizontal axis at `y` from x(min) to x(max): a mark at every tick, its label's baseline at `labelY`. */
function Axis({
  scale,
  x,
  y,
  labelY,
  unit,
}: {
  scale: NiceScale;
  x: (v: number) => number;
  y: number;
  labelY: number;
  /** Written after the last tick's label. */
  unit?: string;
}) {
  return (
    <g data-testid="axis">
      <line x1={x(scale.min)} x2={x(scale.max)} y1={y} y2={y} stroke={tokens.colorNeutralStroke1} />
      {scale.ticks.map((v, i) => (
        <g key={i}>
          <line x1={x(v)} x2={x(v)} y1={y} y2={y + 3} stroke={tokens.colorNeutralStroke1} />
          <text
            x={x(v)}
            y={labelY}
            fontSize={FONT - 1}
            textAnchor={anchorOf(i, scale.ticks.length)}
            fill={tokens.colorNeutralForeground3}
            data-testid="tick"
          >
            {fixed(v, scale.decimals) + (unit && i === scale.ticks.length - 1 ? ` ${unit}` : "")}
          </text>
        </g>
      ))}
    </g>
  );
}

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
  const styles = useStyles();
  const rowHeight = 28;
  const top = 16;
  const axis = top + bars.length * rowHeight + 2;
  const height = axis + 3 + FONT + 2;
  const limits = bars.map((b) => b.limit ?? 0);
  const limit = Math.max(0, ...limits);
  // The bars and the limit inside, ticks never finer than the CVs' decimals; 44 px for the last label.
  const scale = niceScale([limit, ...bars.map((b) => b.cv ?? 0)], { minStep: 10 ** -decimals });
  const plot = WIDTH - 44;
  const x = (v: number) => ((v - scale.min) / (scale.max - scale.min)) * plot;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid="cv-chart"
      className={styles.chart}
    >
      {limit > 0 && (
        <g>
          <line
            x1={x(limit)}
            x2={x(limit)}
            y1={top - 4}
            y2={axis}
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
      <Axis scale={scale} x={x} y={axis} labelY={height - 2} />
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
  unit,
  decimals,
}: {
  values: readonly number[];
  threshold: number | null;
  countyValue: number | null;
  /** What the chart says to a screen reader. */
  label: string;
  standardLabel: string;
  /** The values' unit, written after the last tick. */
  unit: string;
  /** The decimals the card shows the values with: no tick is finer. */
  decimals: number;
}) {
  const styles = useStyles();
  const height = 52;
  const pad = 8;
  const finite = values.filter((v) => Number.isFinite(v));
  // The schools, the standard and the county value inside, on nice ticks (0, 2, 4 …).
  const scale = niceScale([...finite, threshold ?? 0, countyValue ?? 0], {
    minStep: 10 ** -decimals,
  });
  const x = (v: number) => pad + ((v - scale.min) / (scale.max - scale.min)) * (WIDTH - 2 * pad);
  const axis = 30;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="distribution-chart"
      className={styles.chart}
    >
      <Axis scale={scale} x={x} y={axis} labelY={height - 2} unit={unit} />
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
    </svg>
  );
}
