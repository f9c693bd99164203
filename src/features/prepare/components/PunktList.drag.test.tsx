// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMeeting } from '../../../../tests/fakes/sample-agenda';
import { LanguageProvider, type Language } from '../../../ui/i18n';
import { toDraft, toMeeting, type Draft } from '../draft';
import { PunktList } from './PunktList';

/** The list over the sample meeting's punkter, editing its own draft as PrepareView does. */
function Harness({ saving, onEdit }: { saving: boolean; onEdit: (d: Draft) => void }) {
  const [draft, setDraft] = useState(() => toDraft(sampleMeeting()));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <PunktList
      items={draft.items}
      meeting={toMeeting(draft)}
      usable
      open={open}
      onOpenChange={setOpen}
      showProblems={false}
      saving={saving}
      edit={(change) =>
        setDraft((d) => {
          const next = change(d);
          onEdit(next);
          return next;
        })
      }
    />
  );
}

function renderList(options: { saving?: boolean; language?: Language } = {}) {
  const onEdit = vi.fn();
  render(
    <LanguageProvider language={options.language ?? 'da'}>
      <FluentProvider theme={webLightTheme}>
        <Harness saving={options.saving ?? false} onEdit={onEdit} />
      </FluentProvider>
    </LanguageProvider>,
  );
  return onEdit;
}

/**
 * jsdom lays nothing out: each card gets a box 100 px below the one before (by its place in the
 * list), so dnd-kit's keyboard sensor finds the card above, as it would in a browser.
 */
function layOutCards() {
  const original = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const li = this.closest('li');
    if (!li?.parentElement) return original.call(this);
    const top = [...li.parentElement.children].indexOf(li) * 100;
    return { x: 0, y: top, top, left: 0, width: 280, height: 90, right: 280, bottom: top + 90, toJSON: () => ({}) } as DOMRect;
  });
}

afterEach(() => vi.restoreAllMocks());

const titles = () =>
  within(screen.getByRole('list', { name: 'Punkter' }))
    .getAllByRole('heading')
    .map((h) => h.getAttribute('aria-label'));

/** dnd-kit's live region, where its announcements go. */
const announced = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';

describe('dragging a punkt in the secretary’s list (issue #15)', () => {
  it('has a handle named "Træk punkt N" in each card’s header, described by Danish instructions', () => {
    renderList();
    const handle = screen.getByRole('button', { name: 'Træk punkt 4' });
    expect(handle.closest('h3')).toHaveAttribute('aria-label', expect.stringMatching(/^Punkt 4: /));
    expect(handle).toHaveAttribute('aria-roledescription', 'flytbart punkt');
    expect(document.getElementById(handle.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      /^Tryk mellemrum eller Enter for at løfte punktet/,
    );
    expect(screen.getAllByRole('button', { name: /^Træk punkt \d+$/ })).toHaveLength(sampleMeeting().items.length);
    // The buttons stay the keyboard alternative, with their names.
    expect(screen.getByRole('button', { name: 'Flyt punkt 4 op' })).toBeInTheDocument();
  });

  it('says it in English in the English view', () => {
    renderList({ language: 'en' });
    const handle = screen.getByRole('button', { name: 'Drag item 2' });
    expect(document.getElementById(handle.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      /^Press Space or Enter to pick the item up/,
    );
  });

  it('moves a punkt up with Space, ArrowUp, Space through the draft, announcing each step in Danish', async () => {
    layOutCards();
    const onEdit = renderList();
    const before = titles();
    const handle = screen.getByRole('button', { name: 'Træk punkt 4' });
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await vi.waitFor(() => expect(announced()).toBe('Punkt 4 er løftet.'));
    // Over its own place at the start: nothing said over the lift.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(announced()).toBe('Punkt 4 er løftet.');
    fireEvent.keyDown(handle, { code: 'ArrowUp', key: 'ArrowUp' });
    await vi.waitFor(() => expect(announced()).toBe('Punkt 4 er over position 3.'));
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await vi.waitFor(() => expect(announced()).toBe('Punkt 4 er lagt på position 3.'));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(titles()).toEqual([
      before[0],
      before[1],
      before[3]!.replace('Punkt 4', 'Punkt 3'),
      before[2]!.replace('Punkt 3', 'Punkt 4'),
      ...before.slice(4),
    ]);
  });

  it('does not drag while the agenda is being saved', async () => {
    layOutCards();
    const onEdit = renderList({ saving: true });
    const handle = screen.getByRole('button', { name: 'Træk punkt 4' });
    expect(handle).toHaveAttribute('aria-disabled', 'true');
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    fireEvent.keyDown(handle, { code: 'ArrowUp', key: 'ArrowUp' });
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(announced()).toBe('');
    expect(onEdit).not.toHaveBeenCalled();
  });
});
