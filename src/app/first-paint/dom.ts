/**
 * Building the static first paint with DOM calls only: element names and attributes are the code's own,
 * and every text (the lists' untrusted titles, case numbers, names) goes in as a text node, never as
 * markup, so a title such as `<img src=x onerror=…>` shows as those characters.
 */
import { withoutBidiControls } from '../../domain/bidi';

/** A child: an element, a text (as a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/** `<tag>` with `attributes` (set with setAttribute; `class` as given) and `children` appended in order. */
export function el(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Untrusted inline text isolated as the React view does it (src/ui/Isolated.tsx): a `<bdi>`, without directional controls. */
export function isolated(text: string): HTMLElement {
  return el('bdi', {}, withoutBidiControls(text));
}
