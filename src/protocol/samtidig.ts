/**
 * Work over a list with at most `n` at a time: how the app keeps several Graph requests in flight
 * (the $batch requests of one createMany, the Entra sync's writes) within Graph's limits.
 */
export async function hverSamtidig<X>(xs: readonly X[], n: number, arbeid: (x: X) => Promise<void>): Promise<void> {
  let neste = 0;
  const arbeider = async () => {
    while (neste < xs.length) await arbeid(xs[neste++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, xs.length) }, arbeider));
}
