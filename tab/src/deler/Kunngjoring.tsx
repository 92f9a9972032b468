/**
 * The tab's one polite live region. It is in the page from the start (Skall.tsx), so a screen
 * reader announces what is written into it later — a message inserted together with its own live
 * region is often not read at all. Forms announce their confirmations here (useForm).
 */
import { makeStyles } from '@fluentui/react-components';

const REGION_ID = 'kunngjoring';

const useStiler = makeStyles({
  // Visually hidden, still read: the visible confirmation sits at the form.
  skjult: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});

export function Kunngjoringsregion() {
  const s = useStiler();
  return <div id={REGION_ID} role="status" aria-live="polite" aria-atomic="true" className={s.skjult} />;
}

/** Says `tekst` politely; the same text twice is said twice. */
export function kunngjor(tekst: string): void {
  const region = document.getElementById(REGION_ID);
  if (!region) return;
  region.textContent = '';
  // A change the screen reader can see: empty first, then the text in the next frame.
  requestAnimationFrame(() => {
    region.textContent = tekst;
  });
}

/** Whether focus has fallen to the page itself (the element that had it was removed or hidden). */
export function fokusTapt(): boolean {
  const aktiv = document.activeElement;
  return !aktiv || aktiv === document.body || !aktiv.isConnected;
}
