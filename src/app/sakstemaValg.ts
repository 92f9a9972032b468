/** A case theme's words (the municipality's own, or the catalog's for the default list) and the list to choose from. */
import type { Kommune } from '../domain/organisasjon';
import { sakstemaerFor } from '../domain/sakstema';
import { revisjonTekster as t } from '../i18n/revisjon';

export function temanavn(kommune: Pick<Kommune, 'sakstemaer'>, id: string): string {
  if (id === '') return t.tema.ingen;
  return sakstemaerFor(kommune).find((x) => x.id === id)?.navn ?? t.tema.navn[id] ?? id;
}

export function temaValg(kommune: Pick<Kommune, 'sakstemaer'>): { id: string; navn: string }[] {
  return sakstemaerFor(kommune).map((x) => ({ id: x.id, navn: temanavn(kommune, x.id) }));
}
