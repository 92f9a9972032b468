/**
 * The answers of the case routes as the tab reads them: the server's own types (src/http/api/contract.ts),
 * erased in the build, under the names these pages use.
 */
export type {
  EvalueringVisning as Evaluering,
  LoggforingVisning as Loggforing,
  PlanVisning,
  SakSide as SakVisning,
  TidslinjeSide,
  TiltakVisning as Tiltak,
  VersjonVisning as Versjon,
} from '../../kontrakt';
