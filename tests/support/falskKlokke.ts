/**
 * libfaketime's variables, for a suite run at another hour (tests/README.md, «At another hour»): an app
 * the tests start gets them (it then runs on the same faked clock); Chromium must not (it hangs under
 * the preload), so its pages get the faked time from playwright's clock instead.
 */
const erFalskKlokke = (navn: string) => navn === 'LD_PRELOAD' || navn.startsWith('FAKETIME');

/** The suite's environment split in libfaketime's variables and the rest. */
function delt(falsk: boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && erFalskKlokke(e[0]) === falsk));
}

export const falskKlokke = () => delt(true);
export const utenFalskKlokke = () => delt(false);
/** Whether the suite runs under libfaketime. */
export const underFalskKlokke = () => process.env.FAKETIME !== undefined;
