/**
 * Untrusted text from the lists, shown so it cannot reorder what is around it or itself: in a
 * `<bdi>` (its direction from its own letters, isolated from the surrounding text) and without
 * directional controls (see src/domain/bidi.ts).
 */
import { withoutBidiControls } from '../domain/bidi';

/** `text` isolated inline; a block of text gets `dir="auto"` and withoutBidiControls instead. */
export function Isolated({ text }: { text: string }) {
  return <bdi>{withoutBidiControls(text)}</bdi>;
}
