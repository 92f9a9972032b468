/**
 * Revisjon av internkontrollen (issue 23): a rektor answers this school year's revision with the
 * school's figures pre-filled; the kommunalsjef edits the questions, sends them to every rektor,
 * reads the answers side by side and downloads the report to the kommunestyre.
 */
import { Body1 } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tilstand } from '../deler/Tilstand';
import type { SideProps } from '../sideProps';
import { revisjon } from '../api/revisjon';
import { RektorSvar } from './revisjon/RektorSvar';
import { Sporsmalsredigering } from './revisjon/Sporsmalsredigering';
import { SvarSideOmSide } from './revisjon/SvarSideOmSide';
import { revisjonTekster } from '../tekster';

const t = revisjonTekster.side;

export default function Revisjon(_: SideProps) {
  const fetched = useGet(revisjon());
  return (
    <>
      <Sidetittel>{t.tittel}</Sidetittel>
      <Tilstand henting={fetched}>
        {(side) => (
          <>
            <Body1 as="p" block>
              {t.forklaring(side.skoleår)}
            </Body1>
            {side.rolle === 'rektor' && !side.sendt && <p>{t.ikkeSendt}</p>}
            {side.rolle === 'rektor' && side.sendt && side.mineSkoler.map((skole) => <RektorSvar key={skole.skoleId} skole={skole} sporsmal={side.sporsmal} temanavn={side.temanavn} lagret={fetched.lastPåNytt} />)}
            {side.rolle === 'kommunalsjef' && (
              <>
                <Sporsmalsredigering side={side} endret={fetched.lastPåNytt} />
                <SvarSideOmSide side={side} />
              </>
            )}
          </>
        )}
      </Tilstand>
    </>
  );
}
