/** A school's figures for the school year as a list of label and value (the same lines as the report). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RevisjonsTall } from '../../kontrakt';
import { revisjonTekster } from '../../tekster';

const useStiler = makeStyles({
  fakta: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
    '@media (min-width: 30rem)': { gridTemplateColumns: 'max-content minmax(0, 1fr)', '& dt': { fontWeight: tokens.fontWeightRegular } },
  },
});

/** `temanavn`: the municipality's theme words by id, from the server. */
export function Tall({ tall, temanavn }: { tall: RevisjonsTall; temanavn: Record<string, string> }) {
  const s = useStiler();
  return (
    <dl className={s.fakta}>
      {revisjonTekster.tall.linjer(tall, (id) => (id === '' ? revisjonTekster.tema.ingen : (temanavn[id] ?? id))).flatMap(({ etikett, verdi }) => [<dt key={`${etikett}-t`}>{etikett}</dt>, <dd key={`${etikett}-v`}>{verdi}</dd>])}
    </dl>
  );
}
