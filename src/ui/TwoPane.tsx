/**
 * From about 900 px wide (a browser tab, a widened Outlook pane) a view shows its punkter as an
 * index beside the view itself (issue #15: "from about 900 px a two-pane layout (punkt list beside
 * details or editor)", as Fluent's list-detail pattern and Microsoft's guidance for wide Teams tabs
 * suggest: https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/design/tabs). The switch is
 * a CSS media query, not JS: below 900 px the index pane is `display: none` (so it leaves the
 * accessibility tree too) and the view is the one column it always was. The index sticks to the top
 * of the page and scrolls on its own when the punkter are many. A view may also ask useTwoPane()
 * and build its index only when wide: in the 280–500 px panes it would be rendered only to be hidden,
 * a fifth of the first open's React work (issue #13).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore, type ReactNode } from 'react';

/** The width from which a view has two panes. */
export const TWO_PANE_QUERY = '(min-width: 900px)';
const WIDE = `@media ${TWO_PANE_QUERY}`;

function twoPaneMedia(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(TWO_PANE_QUERY) : null;
}

function onTwoPaneChange(onChange: () => void): () => void {
  const media = twoPaneMedia();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** True without matchMedia: the index is then rendered and the CSS alone decides whether it shows. */
const isTwoPane = () => twoPaneMedia()?.matches ?? true;

/** Whether the page is now wide enough for two panes (TWO_PANE_QUERY); follows the window as it is resized. */
export function useTwoPane(): boolean {
  return useSyncExternalStore(onTwoPaneChange, isTwoPane, () => true);
}

const useStyles = makeStyles({
  root: {
    minWidth: 0,
    [WIDE]: {
      display: 'grid',
      gridTemplateColumns: 'minmax(14rem, 20rem) minmax(0, 1fr)',
      columnGap: tokens.spacingHorizontalXXL,
      alignItems: 'start',
    },
  },
  index: {
    display: 'none',
    [WIDE]: {
      display: 'block',
      position: 'sticky',
      top: 0,
      maxHeight: '100vh',
      overflowY: 'auto',
      boxSizing: 'border-box',
      paddingRight: tokens.spacingHorizontalS,
      borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  detail: { minWidth: 0 },
});

export interface TwoPaneProps {
  /** The left pane, shown from 900 px: a PunktIndex. */
  index: ReactNode;
  /** The right pane (the view's own column; all there is below 900 px). */
  children: ReactNode;
}

/** The index pane beside the detail pane from 900 px; the detail pane alone below. */
export function TwoPane({ index, children }: TwoPaneProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-two-pane="">
      <div className={styles.index} data-pane="index">
        {index}
      </div>
      <div className={styles.detail} data-pane="detail">
        {children}
      </div>
    </div>
  );
}
