/**
 * A long section folded to its first paragraph with "Vis mere" / "Vis mindre" (a disclosure
 * button, aria-expanded), so Indstilling and Bilag are not 1,400 px further down (issue #15).
 * Short text (one short paragraph) is shown whole, without a button.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronUpRegular } from '@fluentui/react-icons/svg/chevron-up';
import { useId, useState } from 'react';
import { useText } from '../../../ui/i18n';
import { agendaMessages } from '../messages';
import { SectionText } from './SectionText';

/** A single paragraph longer than this is folded too (about six lines at 280 px). */
const SHORT = 300;

const useStyles = makeStyles({ toggle: { paddingLeft: 0 } });

export function FoldedText({ text }: { text: string }) {
  const t = useText(agendaMessages);
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const restId = useId();
  const paragraphs = text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
  const first = paragraphs[0] ?? '';
  const foldable = paragraphs.length > 1 || first.length > SHORT;
  if (!foldable) return <SectionText text={text} />;
  // A long first paragraph is cut at a word boundary; the full text comes with "Vis mere".
  const lead =
    first.length > SHORT ? `${first.slice(0, first.lastIndexOf(' ', SHORT) > 0 ? first.lastIndexOf(' ', SHORT) : SHORT)} …` : first;
  return (
    <>
      <div id={restId}>
        <SectionText text={open ? text : lead} />
      </div>
      <Button
        appearance="transparent"
        size="small"
        className={styles.toggle}
        icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
        aria-expanded={open}
        aria-controls={restId}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t.showLess : t.showMore}
      </Button>
    </>
  );
}
