/**
 * A small iCalendar (RFC 5545) reader for the skolerute municipalities publish: only VEVENT's
 * DTSTART, DTEND and SUMMARY are read, as Oslo dates. All-day events (VALUE=DATE) end the day
 * before DTEND (DTEND is exclusive); timed ones end on the Oslo date of their end. Lines folded
 * with a leading space or tab are unfolded first; SUMMARY's escapes (\, \; \n) are undone.
 *
 * Then each event is read by its title: «Høstferie», «Juleferie», «Vinterferie», «Påskeferie»,
 * «Planleggingsdag», «Første skoledag», «Siste skoledag», and any other «…ferie» or «fri…» as a
 * day off. What it cannot place is returned by name, so the page can say what was left out.
 */
import { erGyldigDato, leggTilDager, osloDato } from './frister';
import { skolearForDato, type Fri, type FriType, type Skolerute } from './skolerute';

export interface IcsHendelse {
  tittel: string;
  /** Inclusive Oslo dates. */
  fra: string;
  til: string;
}

/** The events of an .ics text; `ugyldige` counts VEVENTs without a readable start. */
export function lesIcs(tekst: string): { hendelser: IcsHendelse[]; ugyldige: number } {
  const linjer = tekst.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
  const hendelser: IcsHendelse[] = [];
  let ugyldige = 0;
  let gjeldende: Record<string, { parametre: string; verdi: string }> | undefined;
  for (const linje of linjer) {
    if (linje === 'BEGIN:VEVENT') gjeldende = {};
    else if (linje === 'END:VEVENT' && gjeldende) {
      const h = hendelse(gjeldende);
      if (h) hendelser.push(h);
      else ugyldige++;
      gjeldende = undefined;
    } else if (gjeldende) {
      const kolon = linje.indexOf(':');
      if (kolon < 0) continue;
      const [navn = '', ...parametre] = linje.slice(0, kolon).split(';');
      gjeldende[navn.toUpperCase()] ??= { parametre: parametre.join(';').toUpperCase(), verdi: linje.slice(kolon + 1) };
    }
  }
  return { hendelser, ugyldige };
}

function hendelse(felt: Record<string, { parametre: string; verdi: string }>): IcsHendelse | undefined {
  const start = felt.DTSTART && tidspunkt(felt.DTSTART.verdi);
  if (!start) return undefined;
  const slutt = felt.DTEND && tidspunkt(felt.DTEND.verdi);
  let til = start.dato;
  if (slutt) {
    // An all-day event's DTEND is the day after; a timed one ending at midnight ends the day before too.
    til = slutt.heleDager || slutt.midnatt ? leggTilDager(slutt.dato, -1) : slutt.dato;
    if (til < start.dato) til = start.dato;
  }
  const tittel = (felt.SUMMARY?.verdi ?? '').replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1').trim();
  return { tittel, fra: start.dato, til };
}

/** 20261005, 20261005T080000, 20261005T080000Z → the Oslo date (a floating or TZID time is taken as written). */
function tidspunkt(verdi: string): { dato: string; heleDager: boolean; midnatt: boolean } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(verdi.trim());
  if (!m) return undefined;
  let dato = `${m[1]}-${m[2]}-${m[3]}`;
  if (!erGyldigDato(dato)) return undefined;
  if (!m[4]) return { dato, heleDager: true, midnatt: false };
  if (m[7] === 'Z') {
    const instant = new Date(`${dato}T${m[4]}:${m[5]}:${m[6]}Z`);
    dato = osloDato(instant);
    const klokke = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
    return { dato, heleDager: false, midnatt: klokke === '00:00' };
  }
  return { dato, heleDager: false, midnatt: m[4] === '00' && m[5] === '00' };
}

type Slag = FriType | 'forste' | 'siste';

/** What an event's title says it is; undefined for anything else (a parents' meeting, a theme day). */
export function slagFor(tittel: string): Slag | undefined {
  const t = tittel.toLowerCase();
  if (/første skoledag|skolestart|skolen starter|første dag/.test(t)) return 'forste';
  if (/siste skoledag|skoleslutt|siste dag/.test(t)) return 'siste';
  if (/planlegging|plandag|kursdag/.test(t)) return 'planleggingsdag';
  if (/høstferie|haustferie/.test(t)) return 'hostferie';
  if (/juleferie|jule?fri/.test(t)) return 'juleferie';
  if (/vinterferie/.test(t)) return 'vinterferie';
  if (/påske/.test(t)) return 'paskeferie';
  if (/ferie|fridag|\bfri\b|elevfri/.test(t)) return 'annet';
  return undefined;
}

export interface IcsSkolerute {
  /** The calendar read from the file; first/last school day from the default when the file lacks them. */
  rute: Skolerute;
  /** Titles of events that were not used. */
  ikkeBrukt: string[];
  /** The file named no first or last school day. */
  manglerForste: boolean;
  manglerSiste: boolean;
}

/**
 * The skolerute for `skolear` from an .ics file's events; events outside that school year are left
 * out (a file often holds two years). Undefined when nothing in the file belongs to that year.
 */
export function skoleruteFraIcs(hendelser: IcsHendelse[], skolear: string, standard: Skolerute): IcsSkolerute | undefined {
  const iAret = hendelser.filter((h) => skolearForDato(h.fra) === skolear);
  if (iAret.length === 0) return undefined;
  let forste: string | undefined;
  let siste: string | undefined;
  const fri: Fri[] = [];
  const ikkeBrukt: string[] = [];
  for (const h of iAret) {
    const slag = slagFor(h.tittel);
    if (slag === 'forste') forste = h.fra;
    else if (slag === 'siste') siste = h.til;
    else if (slag) fri.push({ type: slag, fra: h.fra, til: h.til, ...(h.tittel ? { navn: h.tittel.slice(0, 200) } : {}) });
    else ikkeBrukt.push(h.tittel || '(uten tittel)');
  }
  fri.sort((a, b) => a.fra.localeCompare(b.fra));
  return {
    rute: { skolear, forsteSkoledag: forste ?? standard.forsteSkoledag, sisteSkoledag: siste ?? standard.sisteSkoledag, fri, kilde: 'ics' },
    ikkeBrukt,
    manglerForste: !forste,
    manglerSiste: !siste,
  };
}
