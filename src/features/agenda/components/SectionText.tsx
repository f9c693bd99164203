/** A section's text as paragraphs (blank-line separated), line breaks kept; always plain text. */
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}`, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

export function SectionText({ text }: { text: string }) {
  const styles = useStyles();
  const paragraphs = text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className={styles.paragraph}>
          {p}
        </p>
      ))}
    </>
  );
}
