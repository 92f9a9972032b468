/** The organisation (issue 12): schools, the municipality's people, contacts, varslingslister, sync; the duties' bekreftelser and the kommunalsjef's overview. */
import {
  RUTER,
  type BekreftPlikterKropp,
  type BekreftPlikterSvar,
  type Personvalg,
  type BekreftelseSide,
  type Katalogperson,
  type OrgKropp,
  type OrgOppsett,
  type OversiktSide,
  type SendtPaminnelse,
  type SynkStatus,
  type VarslingslisteVisning,
} from '../kontrakt';
import { les, skriv, type Les } from './http';

export const oppsett = (): Les<OrgOppsett> => les(RUTER.orgOppsett, {});
export const opprettSkole = (kropp: OrgKropp): Promise<unknown> => skriv(RUTER.opprettSkole, {}, kropp);
export const kobleSkole = (skoleId: string, kropp: OrgKropp): Promise<unknown> => skriv(RUTER.kobleSkole, { skoleId }, kropp);
export const navngiRektor = (skoleId: string, kropp: OrgKropp): Promise<unknown> => skriv(RUTER.navngiRektor, { skoleId }, kropp);
export const kommunensFolk = (kropp: OrgKropp): Promise<unknown> => skriv(RUTER.kommunensFolk, {}, kropp);

/** Phone, e-mail and postal address printed in the letters. */
export interface Kontakt {
  telefon?: string;
  epost?: string;
  postadresse?: string;
}
/** The kommune's contact (no school), or a school's. */
export const lagreKontakt = (skoleId: string | undefined, kontakt: Kontakt): Promise<Kontakt> =>
  skoleId ? skriv(RUTER.skolensKontakt, { skoleId }, kontakt) : skriv(RUTER.kommunensKontakt, {}, kontakt);

export const varslingsliste = (skoleId: string): Les<VarslingslisteVisning> => les(RUTER.varslingsliste, { skoleId });
export const endreVarslingsliste = (skoleId: string, kropp: OrgKropp): Promise<VarslingslisteVisning> => skriv(RUTER.endreVarslingsliste, { skoleId }, kropp);

export const sync = (): Les<SynkStatus> => les(RUTER.synk, {});
/** `foresporsel`: the click's own id, so a double click starts one sync. */
export const startSync = (foresporsel: string): Promise<SynkStatus> => skriv(RUTER.startSynk, {}, { foresporsel });
export const personsok = (sok: string): Les<Katalogperson[]> => les(RUTER.personsok, {}, { sok });

/** Local development only: the people to pick from. */
export const personer = (): Les<Personvalg[]> => les(RUTER.personer, {});

/** «Jeg er kjent med pliktene», and rektor's view of who has said it. */
export const bekreftPlikter = (kropp: BekreftPlikterKropp): Promise<BekreftPlikterSvar> => skriv(RUTER.bekreftPlikter, {}, kropp);
export const bekreftelser = (): Les<BekreftelseSide> => les(RUTER.bekreftelser, {});
export const bekreftelsePaaminnelse = (skoleId: string): Promise<SendtPaminnelse> => skriv(RUTER.bekreftelsePaminnelse, { skoleId });
export const oversikt = (): Les<OversiktSide> => les(RUTER.oversikt, {});
