// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as decisionDraft from '../../../domain/decision-draft';
import { draftsFor } from '../../../domain/decision-draft';
import type { StoredItem } from '../../../domain/ports';
import { punkt } from '../../../../tests/fakes/agenda-items';
import { providers } from '../../../../tests/helpers/ui/providers';
import { PunktEditor } from './PunktEditor';

// The drafts' grammar runs Unicode regular expressions: on a first open most cards are closed (issue #13).
vi.mock('../../../domain/decision-draft', async (original) => {
  const actual = await original<typeof decisionDraft>();
  return { ...actual, draftsFor: vi.fn(actual.draftsFor) };
});

const stored: StoredItem = {
  id: 'id-1',
  etag: '"1"',
  item: punkt(1, { title: 'Godkendelse af dagsorden', recommendation: { by: 'Direktionen', points: ['at dagsorden godkendes'] } }),
  readable: true,
  modifiedAt: '2024-03-13T07:00:00Z',
};

function renderCard(open: boolean, readOnly = false) {
  const props = { stored, forum: 'Chefforum', engine: null, slot: '09.00–09.20', isCurrent: false, changed: false };
  const handlers = { onToggle: () => undefined, onStartNow: () => undefined, registerEditor: () => undefined };
  return render(<PunktEditor {...props} {...handlers} readOnly={readOnly} open={open} />, { wrapper: providers() });
}

describe("a punkt card's decision drafts (issue #13: made only for a menu that shows)", () => {
  it('makes none for a closed card or a reader, and the drafts for an open card of a writer', async () => {
    renderCard(false);
    expect(screen.getByRole('button', { name: /^Punkt 1:/ })).toHaveAttribute('aria-expanded', 'false');
    renderCard(true, true);
    expect(draftsFor).not.toHaveBeenCalled();
    renderCard(true);
    expect(draftsFor).toHaveBeenCalledWith(stored.item, 'Chefforum');
  });
});
