/**
 * The one way the tab turns a route of the server's table (src/http/api/routes.ts, through
 * kontrakt.ts) into a URL: each `:x` filled from `parametre` (encoded), a query string from
 * `sporring`. A route's parameters are part of its type, so a missing one fails the typecheck; one
 * that is empty at run time is refused here rather than sent as another path.
 */
export type Metode = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  readonly metode: Metode;
  readonly sti: string;
}

/** The names of a path's `:x` parameters: '/api/saker/:sakId/plan/tiltak/:tiltakId/notat' → 'sakId' | 'tiltakId'. */
export type ParameterNavn<S extends string> = S extends `${string}:${infer P}/${infer R}` ? P | ParameterNavn<R> : S extends `${string}:${infer P}` ? P : never;

export type Parametre<R extends Route> = Readonly<Record<ParameterNavn<R['sti']>, string>>;

/** Query values; an undefined or empty one is left out. */
export type Sporring = Readonly<Record<string, string | undefined>>;

export function sti<R extends Route>(route: R, parametre: Parametre<R>, sporring?: Sporring): string {
  const verdier: Sporring = parametre;
  const sok = `${new URLSearchParams(Object.entries(sporring ?? {}).filter((p): p is [string, string] => !!p[1]))}`;
  return (
    route.sti.replace(/:(\w+)/g, (_, navn: string) => {
      const verdi = verdier[navn];
      // A programming error, not the user's: the route would be another path (or the list).
      if (!verdi) throw Error(route.sti);
      return encodeURIComponent(verdi);
    }) + (sok && `?${sok}`)
  );
}
