/**
 * The drafts from the Indstilling offered as a Menu ("Indsæt forslag"): each item is an action that
 * inserts its text, not text that looks like part of the page (issue #15: the subtle buttons read as
 * plain text and had no border in high contrast). Fluent v9 Menu:
 * https://react.fluentui.dev/?path=/docs/components-menu-menu--docs
 */
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles } from '@fluentui/react-components';
import { TextAddRegular } from '@fluentui/react-icons/svg/text-add';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  // Drafts are whole sentences: let them wrap in the narrow panel instead of being cut off.
  item: { whiteSpace: 'normal', maxWidth: 'min(24rem, calc(100vw - 32px))' },
});

export interface DraftsMenuProps {
  drafts: string[];
  disabled: boolean;
  onInsert(draft: string): void;
}

export function DraftsMenu({ drafts, disabled, onInsert }: DraftsMenuProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  if (drafts.length === 0) return null;
  return (
    <Menu positioning={{ autoSize: true }}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" icon={<TextAddRegular />} disabled={disabled}>
          {t.insertDraft}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {drafts.map((draft) => (
            <MenuItem key={draft} className={styles.item} aria-label={t.useDraft(draft)} onClick={() => onInsert(draft)}>
              {draft}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
