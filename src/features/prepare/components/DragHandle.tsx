/**
 * A punkt's drag handle in its card header: the only place a drag starts, so the card's fields and
 * buttons keep their clicks and text selection. dnd-kit's attributes make it the sortable's
 * activator for screen readers and the keyboard (https://docs.dndkit.com/api-documentation/draggable/usedraggable#activator).
 * `touchAction: none` lets a touch drag move the punkt instead of scrolling the panel, as dnd-kit's
 * pointer sensor asks (https://docs.dndkit.com/api-documentation/sensors/pointer#touch-action).
 */
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { Button, Tooltip, makeStyles } from '@fluentui/react-components';
import { ReOrderDotsVerticalRegular } from '@fluentui/react-icons/svg/re-order-dots-vertical';
import { useText } from '../../../ui/i18n';
import { prepareMessages } from '../messages';

const useStyles = makeStyles({
  handle: { flexShrink: 0, cursor: 'grab', touchAction: 'none' },
});

export interface DragHandleProps {
  number: number;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setRef: (element: HTMLElement | null) => void;
  /** No drag now (while saving): still focusable, so the keyboard keeps its place. */
  disabled: boolean;
}

/** The handle of punkt `number`, named "Træk punkt N". */
export function DragHandle({ number, attributes, listeners, setRef, disabled }: DragHandleProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const name = t.dragHandle(number);
  return (
    <Tooltip content={name} relationship="label" withArrow>
      <Button
        {...attributes}
        {...listeners}
        ref={setRef}
        className={styles.handle}
        appearance="subtle"
        size="small"
        aria-label={name}
        icon={<ReOrderDotsVerticalRegular />}
        disabledFocusable={disabled}
      />
    </Tooltip>
  );
}
