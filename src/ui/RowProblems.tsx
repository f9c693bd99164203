/**
 * The punkter (and the meeting) whose list rows hold a column Punkt cannot read (edited by hand in
 * SharePoint): one warning naming each punkt and column, so the rest of the meeting can be used
 * while someone fixes the row. Shown by every role's view above its list.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { RowProblem, StoredItem } from '../domain/ports';
import { useText } from './i18n';
import { Isolated } from './Isolated';
import { uiMessages } from './messages';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The problems of one punkt grouped by list, in the order found. */
function byList(problems: readonly RowProblem[]): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const p of problems) {
    const columns = lists.get(p.list) ?? [];
    if (!columns.includes(p.column)) columns.push(p.column);
    lists.set(p.list, columns);
  }
  return lists;
}

/** `items` are the punkter with their problems; `meeting` the problems of the meeting's own row. */
export function RowProblems({ items, meeting = [] }: { items: readonly StoredItem[]; meeting?: readonly RowProblem[] }) {
  const t = useText(uiMessages).rowProblems;
  const styles = useStyles();
  const broken = items.filter((s) => (s.problems?.length ?? 0) > 0);
  if (broken.length === 0 && meeting.length === 0) return null;
  const columns = (problems: readonly RowProblem[]) => [...byList(problems)].map(([list, names]) => t.columns(names, list)).join('; ');
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{broken.length > 0 ? t.title(broken.length) : t.meetingTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {meeting.length > 0 && (
            <li>
              {t.meeting}: {columns(meeting)}.
            </li>
          )}
          {broken.map((s) => (
            <li key={s.id}>
              {t.punkt(s.item.number)} (<Isolated text={s.item.title} />
              ): {columns(s.problems ?? [])}.
            </li>
          ))}
        </ul>
        {t.help}
      </MessageBarBody>
    </MessageBar>
  );
}
