import type { Strings } from '../i18n';

interface WeeklyChartProps {
  weekly: { week: string; count: number }[];
  t: Strings;
}

const WIDTH = 360;
const HEIGHT = 130;
const PAD_LEFT = 28;
const PAD_BOTTOM = 20;

/**
 * Reports per week as inline SVG (no script, no external image). The bars carry <title>s for
 * pointer users; screen readers get one summary through aria-label.
 */
export function WeeklyChart({ weekly, t }: WeeklyChartProps) {
  const weeks = weekly.length;
  const total = weekly.reduce((sum, w) => sum + w.count, 0);
  const max = Math.max(1, ...weekly.map((w) => w.count));
  const plotWidth = WIDTH - PAD_LEFT;
  const plotHeight = HEIGHT - PAD_BOTTOM - 8;
  const slot = weeks ? plotWidth / weeks : plotWidth;
  const barWidth = Math.max(2, slot * 0.7);
  const first = weekly[0]?.week ?? '';
  const last = weekly.at(-1)?.week ?? '';
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t.chartTitle}: ${t.chartSummary(total, weeks)}`} focusable="false">
        <line class="axis" x1={PAD_LEFT} y1={HEIGHT - PAD_BOTTOM} x2={WIDTH} y2={HEIGHT - PAD_BOTTOM} />
        <text x={PAD_LEFT - 4} y={12} text-anchor="end">
          {max}
        </text>
        <text x={PAD_LEFT - 4} y={HEIGHT - PAD_BOTTOM} text-anchor="end">
          0
        </text>
        {weekly.map((w, i) => {
          const height = w.count === 0 ? 2 : Math.max(3, (w.count / max) * plotHeight);
          return (
            <rect
              class={w.count === 0 ? 'bar zero' : 'bar'}
              x={(PAD_LEFT + i * slot + (slot - barWidth) / 2).toFixed(1)}
              y={(HEIGHT - PAD_BOTTOM - height).toFixed(1)}
              width={barWidth.toFixed(1)}
              height={height.toFixed(1)}
            >
              <title>{`${w.week}: ${w.count}`}</title>
            </rect>
          );
        })}
        <text x={PAD_LEFT} y={HEIGHT - 4}>
          {first}
        </text>
        <text x={WIDTH} y={HEIGHT - 4} text-anchor="end">
          {last}
        </text>
      </svg>
      <figcaption class="muted">{t.chartTitle}</figcaption>
    </figure>
  );
}
