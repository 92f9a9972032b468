/** What staff who read the case in full see of a pupil's own report (issue 25): that the pupil raised it, when, and their wish. */
import type { Organisasjon } from '../../domain/organisasjon';
import type { FraEleven } from '../../domain/fraEleven';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import { formaterDato, osloDato } from '../../domain/frister';
import { elevTekster as t } from '../../i18n/aktiv';

export interface FraElevenView {
  /** «Eleven har sagt fra selv, 07.12.2026.» — the day §12-6's week is counted from. */
  tekst: string;
  /** YYYY-MM-DD the pupil raised it. */
  dato: string;
  /** «Eleven vil gjerne snakke med Per Hansen.», when the pupil chose someone. */
  vilSnakke?: string;
}

export function fraElevenView(org: Organisasjon, sak: Sak, f: FraEleven): FraElevenView {
  const dato = osloDato(new Date(f.tid));
  const voksen = f.snakkeMed ? finnSkole(org, sak.skoleId)?.ansatte.find((p) => p.oid === f.snakkeMed)?.navn : undefined;
  return { tekst: t.fraEleven(formaterDato(dato)), dato, ...(voksen ? { vilSnakke: t.fraElevenVilSnakke(voksen) } : {}) };
}
