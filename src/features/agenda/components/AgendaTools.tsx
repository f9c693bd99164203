/**
 * Above the agenda: a search box (filters by title, case number and text) that says how many
 * punkter match, and "Udvid alle" / "Skjul alle" (issue #15: reading a long agenda at 280 px).
 */
import { Button, Caption1, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowCollapseAllRegular } from '@fluentui/react-icons/svg/arrow-collapse-all';
import { ArrowExpandAllRegular } from '@fluentui/react-icons/svg/arrow-expand-all';
import { useId } from 'react';
import { useText } from '../../../ui/i18n';
import { agendaMessages } from '../messages';

const useStyles = makeStyles({
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  search: { flexGrow: 1, minWidth: '10rem', maxWidth: '100%' },
  count: { color: tokens.colorNeutralForeground2 },
});

export interface AgendaToolsProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** How many punkter match, and of how many. */
  matches: number;
  total: number;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

export function AgendaTools({ query, onQueryChange, matches, total, onExpandAll, onCollapseAll }: AgendaToolsProps) {
  const t = useText(agendaMessages);
  const styles = useStyles();
  const countId = useId();
  return (
    <div className={styles.tools}>
      <div className={styles.row}>
        <SearchBox
          className={styles.search}
          aria-label={t.searchLabel}
          aria-describedby={query ? countId : undefined}
          placeholder={t.searchPlaceholder}
          value={query}
          onChange={(_, data) => onQueryChange(data.value)}
        />
        <Button appearance="subtle" size="small" icon={<ArrowExpandAllRegular />} onClick={onExpandAll}>
          {t.expandAll}
        </Button>
        <Button appearance="subtle" size="small" icon={<ArrowCollapseAllRegular />} onClick={onCollapseAll}>
          {t.collapseAll}
        </Button>
      </div>
      <Caption1 id={countId} className={styles.count} role="status">
        {query.trim() ? t.matches(matches, total) : ''}
      </Caption1>
    </div>
  );
}
