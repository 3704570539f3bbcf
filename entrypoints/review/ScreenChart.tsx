import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DailyExposure } from '@/lib/analysis';
import type { Attack } from '@/lib/attack/schema';
import { t, tp } from '@/lib/i18n/ui-text';

interface ScreenChartProps {
  days: readonly DailyExposure[];
  attacks: readonly Attack[];
}

const dayStart = (date: string) => new Date(`${date}T00:00:00`).getTime() / 1000;

/**
 * Daily active screen hours (bars), days the tracker did not watch shown as unknown (grey, full
 * height, never as zero), and attack days marked. uPlot: small and fast, drawn on a canvas.
 */
export function ScreenChart({ days, attacks }: ScreenChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || days.length === 0) return;
    const attackDays = new Set(attacks.map((a) => new Date(a.start).toDateString()));
    const xs = days.map((d) => dayStart(d.date));
    const hours = days.map((d) => (d.known ? Math.round((d.activeHours ?? 0) * 10) / 10 : null));
    const top = Math.max(4, ...hours.map((h) => h ?? 0)) * 1.15;
    const unknown = days.map((d) => (d.known ? null : top));
    const marks = days.map((d) => (attackDays.has(new Date(`${d.date}T12:00:00`).toDateString()) ? top * 0.95 : null));
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const plot = new uPlot(
      {
        width: Math.min(900, host.current.clientWidth || 900),
        height: 260,
        // Drag across to zoom into days; a double click zooms back out (uPlot's own gestures).
        cursor: { drag: { x: true, y: false } },
        legend: { show: true },
        scales: { y: { range: [0, top] } },
        axes: [
          { stroke: '#a39584', grid: { stroke: '#2c2520' }, ticks: { stroke: '#2c2520' } },
          { stroke: '#a39584', grid: { stroke: '#2c2520' }, ticks: { stroke: '#2c2520' }, label: t('chartHoursAxis') },
        ],
        series: [
          {},
          { label: t('chartActiveHours'), fill: '#c8904f', stroke: '#c8904f', paths: bars, points: { show: false } },
          { label: t('chartUnknown'), fill: 'rgba(163,149,132,0.18)', stroke: 'rgba(163,149,132,0.3)', paths: bars, points: { show: false } },
          { label: t('chartAttack'), stroke: '#d77a6a', paths: () => null, points: { show: true, size: 10, fill: '#d77a6a' } },
        ],
      },
      [xs, hours, unknown, marks],
      host.current,
    );
    return () => plot.destroy();
  }, [days, attacks]);
  const known = days.filter((d) => d.known).length;
  return (
    <figure class="chart">
      <div ref={host} role="img" aria-label={t('chartDescription', { days: days.length, tracked: known, unknown: days.length - known })} />
      <figcaption class="muted">
        {tp('chartDays', days.length)} {t('chartLegend')}
      </figcaption>
    </figure>
  );
}
