/**
 * A punkt's actions as a small Fluent Toolbar of icon buttons (issue #15: four stacked text
 * buttons per punkt made a wall of text at 280 px). Each icon-only button has its name, with the
 * punkt's number, as aria-label and a label tooltip, as Fluent asks for icon-only buttons
 * (https://react.fluentui.dev/?path=/docs/components-button-button--docs#icon); the toolbar is one
 * Tab stop with the arrow keys between its buttons (https://react.fluentui.dev/?path=/docs/components-toolbar--docs).
 * The rarer actions, move to a position and insert after, sit in an overflow menu.
 */
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  Tooltip,
  makeStyles,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { ArrowDownRegular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowMoveRegular } from '@fluentui/react-icons/svg/arrow-move';
import { ArrowUpRegular } from '@fluentui/react-icons/svg/arrow-up';
import { ChevronUpRegular } from '@fluentui/react-icons/svg/chevron-up';
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import { EditRegular } from '@fluentui/react-icons/svg/edit';
import { MoreHorizontalRegular } from '@fluentui/react-icons/svg/more-horizontal';
import type { ReactElement, Ref } from 'react';
import { useText } from '../../../ui/i18n';
import { prepareMessages } from '../messages';

const useStyles = makeStyles({
  toolbar: { padding: 0, flexWrap: 'wrap', minWidth: 0 },
});

export interface PunktActionsProps {
  number: number;
  count: number;
  open: boolean;
  /** The id of the card's fields, which the edit button opens. */
  fieldsId: string;
  upRef: Ref<HTMLButtonElement>;
  downRef: Ref<HTMLButtonElement>;
  moreRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onMoveTo: () => void;
  onInsertAfter: () => void;
}

/** The toolbar of punkt `number`. */
export function PunktActions(props: PunktActionsProps) {
  const { number, count, open, fieldsId, upRef, downRef, moreRef, onToggle, onMove, onRemove, onMoveTo, onInsertAfter } = props;
  const t = useText(prepareMessages);
  const styles = useStyles();
  const edit = open ? t.collapse(number) : t.edit(number);
  return (
    <Toolbar size="small" aria-label={t.actions(number)} className={styles.toolbar}>
      {tip(
        edit,
        <ToolbarButton
          aria-label={edit}
          aria-expanded={open}
          aria-controls={fieldsId}
          icon={open ? <ChevronUpRegular /> : <EditRegular />}
          onClick={onToggle}
        />,
      )}
      {/* disabledFocusable at the ends of the list: keyboard focus is never dropped after a move. */}
      {tip(
        t.moveUp(number),
        <ToolbarButton
          ref={upRef}
          aria-label={t.moveUp(number)}
          icon={<ArrowUpRegular />}
          disabledFocusable={number === 1}
          onClick={() => onMove(-1)}
        />,
      )}
      {tip(
        t.moveDown(number),
        <ToolbarButton
          ref={downRef}
          aria-label={t.moveDown(number)}
          icon={<ArrowDownRegular />}
          disabledFocusable={number === count}
          onClick={() => onMove(1)}
        />,
      )}
      {tip(t.remove(number), <ToolbarButton aria-label={t.remove(number)} icon={<DeleteRegular />} onClick={onRemove} />)}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          {tip(t.more(number), <ToolbarButton ref={moreRef} aria-label={t.more(number)} icon={<MoreHorizontalRegular />} />)}
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<ArrowMoveRegular />} disabled={count < 2} onClick={onMoveTo}>
              {t.moveTo}
            </MenuItem>
            <MenuItem icon={<AddRegular />} onClick={onInsertAfter}>
              {t.insertAfter}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </Toolbar>
  );
}

function tip(label: string, button: ReactElement) {
  return (
    <Tooltip content={label} relationship="label" withArrow>
      {button}
    </Tooltip>
  );
}
