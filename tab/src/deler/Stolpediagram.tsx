/**
 * A bar chart (Chart.js, only the parts a bar chart needs) coloured from the current Fluent theme,
 * so it reads in dark and high contrast too. The canvas is one image with a name; the numbers are
 * in the table beside it, which is what a screen reader reads.
 */
import { useContext, useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { makeStyles } from '@fluentui/react-components';
import { TemaKontekst } from '../tema';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Serie {
  navn: string;
  /** null where there is nothing to show (no bar, not a zero). */
  verdier: (number | null)[];
}

const FARGER = ['--colorBrandBackground', '--colorPaletteDarkOrangeBackground3', '--colorPaletteTealBackground2', '--colorPaletteBerryBackground3'];

const useStiler = makeStyles({ ramme: { position: 'relative', height: '16rem', maxWidth: '100%' } });

export function Stolpediagram({ navn, etiketter, serier, stablet = false, maks }: {
  /** What the image shows, read by screen readers. */
  navn: string;
  etiketter: string[];
  serier: Serie[];
  stablet?: boolean;
  /** The axis' top, for a share (100) — otherwise the largest value, which would make 9 % look full. */
  maks?: number;
}) {
  const s = useStiler();
  const lerret = useRef<HTMLCanvasElement>(null);
  const tema = useContext(TemaKontekst);
  useEffect(() => {
    const el = lerret.current;
    if (!el) return;
    const stil = getComputedStyle(el);
    const farge = (v: string) => stil.getPropertyValue(v).trim() || 'gray';
    const tekst = farge('--colorNeutralForeground1');
    const linjer = farge('--colorNeutralStroke2');
    const diagram = new Chart(el, {
      type: 'bar',
      data: {
        labels: etiketter,
        datasets: serier.map((serie, i) => ({
          label: serie.navn,
          data: serie.verdier,
          backgroundColor: farge(FARGER[i % FARGER.length] ?? FARGER[0]!),
          borderColor: tekst,
          borderWidth: tema === 'contrast' ? 1 : 0,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: stablet, ticks: { color: tekst }, grid: { color: linjer } },
          y: { stacked: stablet, beginAtZero: true, ...(maks !== undefined ? { max: maks } : {}), ticks: { color: tekst, precision: 0 }, grid: { color: linjer } },
        },
        plugins: { legend: { display: serier.length > 1, labels: { color: tekst } } },
      },
    });
    return () => diagram.destroy();
  }, [etiketter, serier, stablet, maks, tema]);
  return (
    <div className={s.ramme}>
      <canvas ref={lerret} role="img" aria-label={navn} />
    </div>
  );
}
