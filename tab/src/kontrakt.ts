/**
 * The API's shapes and paths as the tab reads them: types from the server's contract module (erased
 * in the build), paths from its zod-free route table, so the two sides cannot drift and the first
 * load does not carry zod.
 */
export type {
  BekreftelseSide,
  EvalueringVisning,
  LoggforingVisning,
  PlanVisning,
  TidslinjeSide,
  TiltakVisning,
  VersjonVisning,
  Katalogperson,
  Kvittering,
  Meg,
  MittVarsel,
  Oppgave,
  Oppsett,
  OversiktSide,
  Personvalg,
  PliktSide,
  SakRad,
  SakSide,
  SakerSide,
  Venter,
  VenterSide,
  SendtPaminnelse,
  SkjemaVisning,
  OrgOppsett,
  SynkStatus,
  VarslingslisteVisning,
  BrevTekst,
  SettSprakKropp,
  BekreftPlikterKropp,
  BekreftPlikterSvar,
  SendVarselKropp,
  HandlingKropp,
  LoggKropp,
  OrgKropp,
} from '../../src/http/api/contract';
export type { SkoleruteSide, IcsImport, AarshjulSide, SkoleAarshjul, PunktVisning } from '../../src/http/api/contract';
export type { ElevKvittering, ElevMelding, SiFraSkjemaVisning } from '../../src/http/api/contract';
export { LOCALE_HEADER, ROUTES as RUTER } from '../../src/http/api/routes';
/** The house's date format (07.12.2026, 07.12.2026 kl. 10:12): the same function as the letters, PDF and cards. */
export { visDato, visTid } from '../../src/domain/datovisning';
// Issue 23 (the yearly revision, case themes): its own routes and shapes.
export * from '../../src/http/api/revisjonKontrakt';
