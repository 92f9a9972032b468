import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { harNavigert } from '../routes';
import { tekster } from '../tekster';

const useStiler = makeStyles({
  h1: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, margin: `0 0 ${tokens.spacingVerticalM}`, outline: 'none' },
});

/**
 * The page's one h1. After a navigation inside the tab, focus moves here and the document title
 * follows, so a screen reader announces the new page (a hash change alone announces nothing).
 */
export function Sidetittel({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const s = useStiler();
  useEffect(() => {
    document.title = `${children} – ${tekster.app}`;
    if (harNavigert()) ref.current?.focus();
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1} className={s.h1}>
      {children}
    </h1>
  );
}
