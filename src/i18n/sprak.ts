/**
 * The languages a person can read the product in, and how Teams' locale picks one (issue 24).
 * nn-NO reads nynorsk; nb-NO, no-NO and plain «nb»/«no» read bokmål; any other locale reads English.
 * No locale at all says nothing: the caller falls back to the person's own choice, then the
 * municipality's målform.
 */
export const SPRAK = ['nb', 'nn', 'en'] as const;
export type Sprak = (typeof SPRAK)[number];

export function erSprak(v: unknown): v is Sprak {
  return typeof v === 'string' && (SPRAK as readonly string[]).includes(v);
}

export function sprakFraLocale(locale: string | undefined | null): Sprak | undefined {
  const l = (locale ?? '').trim().toLowerCase();
  if (!l) return undefined;
  const hoved = l.split(/[-_]/)[0];
  if (hoved === 'nn') return 'nn';
  if (hoved === 'nb' || hoved === 'no') return 'nb';
  return 'en';
}
