/**
 * Drag and drop for the secretary's list (issue #15: "drag and drop with the buttons as keyboard
 * alternative"), with dnd-kit's sortable preset (https://docs.dndkit.com/presets/sortable). A drop
 * is turned into the same move the "Flyt til position…" menu makes (drop-move.ts), so the times are
 * re-planned and the save bar shows the change. Pointer drags start after a few pixels, so a click on
 * a handle stays a click; the keyboard sensor lifts with Space or Enter and moves with the arrows.
 * Screen readers hear Danish instructions and announcements
 * (https://docs.dndkit.com/guides/accessibility#screen-reader-instructions). A drop lands on the punkt
 * under the pointer, and the page auto-scrolls only close to its edge (drag-options.ts).
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, useRef, type ReactNode } from 'react';
import { useText } from '../../../ui/i18n';
import { prepareMessages } from '../messages';
import { PUNKT_AUTO_SCROLL, punktUnderPointer } from './drag-options';
import { dropMove, type DropMove } from './drop-move';

export interface SortablePunkterProps {
  /** The punkter's keys in list order (the sortable ids). */
  keys: readonly string[];
  onMove: (move: DropMove) => void;
  children: ReactNode;
}

/** Makes the PunktCards inside it sortable by their drag handles. */
export function SortablePunkter({ keys, onMove, children }: SortablePunkterProps) {
  const t = useText(prepareMessages);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Whether the dragged punkt has left its place: at the start it is over itself, and saying so would cut off "løftet".
  const left = useRef(false);
  const announcements = useMemo<Announcements>(() => {
    const position = (id: UniqueIdentifier) => keys.indexOf(String(id)) + 1;
    return {
      onDragStart: ({ active }) => {
        left.current = false;
        return t.dragStart(position(active.id));
      },
      onDragOver: ({ active, over }) => {
        if (!over || (over.id === active.id && !left.current)) return undefined;
        left.current = true;
        return t.dragOver(position(active.id), position(over.id));
      },
      onDragEnd: ({ active, over }) => (over ? t.dragEnd(position(active.id), position(over.id)) : t.dragCancel(position(active.id))),
      onDragCancel: ({ active }) => t.dragCancel(position(active.id)),
    };
  }, [keys, t]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const move = dropMove(keys, String(active.id), over ? String(over.id) : null);
    if (move) onMove(move);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={punktUnderPointer}
      autoScroll={PUNKT_AUTO_SCROLL}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.dragInstructions } }}
    >
      <SortableContext items={keys as string[]} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
