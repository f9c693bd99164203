/**
 * The managers' agenda painted before React (issue #13): the first screen of AgendaView (src/features/agenda)
 * built with DOM calls from the StoredAgenda the entry has already fetched, so the manager sees the agenda
 * while React and Fluent still load and evaluate; React's view then takes its place with the same agenda
 * (useMeetingAgenda starts from the same answer when it is here). Like a server-rendered page before hydration, but read-only:
 * it has no control that would do nothing (the participants toggle, the search and "Udvid alle" are shown
 * disabled, the punkter have no disclosure buttons), so nothing a user does to it is lost.
 *
 * What it shows is what the React view's first commit shows: the compact header, the schedule warning, the
 * tools, the list named "Dagsorden" with each punkt's number, prefix, title, slot (the wall-clock schedule,
 * as the view's first render: wallClockSchedule), decision status, closed marking and case number, the
 * breaks and the time warnings, and from 900 px the Punktoversigt beside it. The data is already redacted
 * for this user by the source: a closed punkt the user may not read is shown as the view shows it ("Lukket").
 */
import type { Language } from '../../ui/i18n';
import type { StoredAgenda, StoredItem } from '../../domain/ports';
import { formatSlot } from '../../domain/clock';
import { withoutBidiControls } from '../../domain/bidi';
import { wallClockSchedule, type WallClockSchedule } from '../../domain/schedule';
import { agendaMessages } from '../../features/agenda/messages';
import { formatClock, formatDate, formatLongDate } from '../../ui/format';
import { uiMessages } from '../../ui/messages';
import { el, isolated, type Child } from './dom';
import { FIRST_PAINT_CSS } from './style';
import { firstPaintTokens, type FluentThemeName } from './tokens';

/** Marks the painted root's child, so the hand-over (and tests) can tell the static agenda from React's. */
export const FIRST_PAINT_ATTRIBUTE = 'data-first-paint';
const STYLE_ID = 'punkt-first-paint-style';

export interface FirstPaintOptions {
  language: Language;
  theme: FluentThemeName;
  /** The shell's account line above the view (App.tsx's AccountControl), its button shown inert; null: none. */
  account?: { text: string; button: string } | null;
  /** Whether the two panes are built (the view builds its index only from 900 px: useTwoPane). */
  wide?: boolean;
}

type AgendaTexts = (typeof agendaMessages)['da'];
type UiTexts = (typeof uiMessages)['da'];

const STATUS_BADGE = { approved: 'success', noted: 'informative', discussed: 'brand', postponed: 'warning' } as const;

/** "Punkt 4: CF: Title", the list item's name as usePunktLabel (src/ui/PunktTitle.tsx) writes it. */
export function punktLabel(t: AgendaTexts, number: number, prefix: string | null, title: string): string {
  return withoutBidiControls(`${t.punkt(number)}: ${prefix ? `${prefix.trim()}: ` : ''}${title}`.replace(/\s+/g, ' ').trim());
}

/** "Punkt N", the prefix as a small badge, the title isolated: PunktTitle's DOM. */
function punktTitle(t: AgendaTexts, number: number, prefix: string | null, title: string): HTMLElement {
  const shownPrefix = prefix ? withoutBidiControls(prefix).trim() : '';
  return el(
    'span',
    { class: 'pf-title' },
    el('span', { class: 'pf-number' }, t.punkt(number)),
    shownPrefix && el('span', { class: 'pf-prefix pf-badge-informative' }, el('bdi', {}, shownPrefix)),
    isolated(title),
  );
}

function statusBadge(ui: UiTexts, item: StoredItem['item'], language: Language): Child {
  if (item.status === 'none') return null;
  const text =
    item.status === 'postponed' && item.postponedTo
      ? ui.postponedTo(formatDate(withoutBidiControls(item.postponedTo), language))
      : ui.status[item.status];
  return el('span', { class: `pf-badge pf-badge-${STATUS_BADGE[item.status]}` }, text);
}

/** One punkt (after the break before it, if any), as AgendaList's AgendaRow renders it collapsed. */
function punktRows(t: AgendaTexts, ui: UiTexts, stored: StoredItem, schedule: WallClockSchedule, language: Language): Node[] {
  const { item, readable } = stored;
  const hidden = item.closed && !readable;
  const prefix = hidden ? null : item.prefix;
  const title = hidden ? t.closed : item.title;
  const slot = schedule.items.find((s) => s.number === item.number);
  const gap = schedule.gaps.find((g) => g.before === item.number);
  const overlaps = schedule.overlaps.filter((o) => o.number === item.number);
  const overrun = schedule.overrun.find((o) => o.number === item.number);
  const rows: Node[] = [];
  if (gap) {
    const gapSlot = formatSlot(gap.start, gap.end);
    rows.push(
      el(
        'div',
        { role: 'listitem', class: 'pf-pause', 'aria-label': `${t.pause} ${gapSlot}` },
        el('span', {}, t.pause),
        el('span', {}, gapSlot),
      ),
    );
  }
  const recommender = !hidden && item.recommendation?.by;
  const warnings = [
    ...overlaps.map((o) => t.overlap(o.previous, o.minutes)),
    ...(overrun ? [t.overrun(overrun.minutes, formatClock(overrun.plannedEnd))] : []),
  ];
  rows.push(
    el(
      'div',
      { role: 'listitem', class: 'pf-item', 'aria-label': punktLabel(t, item.number, prefix, title) },
      // A punkt that opens has its title beside the room of the disclosure chevron React adds; a hidden one has none.
      el(
        'h2',
        { class: 'pf-heading' },
        el('span', { class: hidden ? 'pf-heading-static' : 'pf-heading-text' }, punktTitle(t, item.number, prefix, title)),
        !hidden && el('span', { class: 'pf-chevron-room', 'aria-hidden': 'true' }),
      ),
      el(
        'div',
        { class: 'pf-line' },
        slot && el('span', { class: 'pf-slot' }, formatSlot(slot.start, slot.end)),
        !hidden && statusBadge(ui, item, language),
        item.closed && !hidden && el('span', { class: 'pf-badge pf-badge-outline' }, t.closedReadable),
      ),
      (item.caseNumber || recommender) &&
        el(
          'span',
          { class: 'pf-line pf-meta' },
          item.caseNumber && el('span', { dir: 'auto' }, `${t.caseNumber} ${withoutBidiControls(item.caseNumber)}`),
          recommender && el('span', {}, t.recommender(withoutBidiControls(recommender))),
        ),
      warnings.length > 0 && el('p', { class: 'pf-warning', role: 'note' }, warnings.join(' · ')),
    ),
  );
  return rows;
}

/** MeetingHeader compact: the forum, the date, time and place on one line, participants behind an (inert) button. */
function header(ui: UiTexts, agenda: StoredAgenda, language: Language): HTMLElement {
  const { meeting } = agenda;
  const time = meeting.plannedEnd ? `${formatClock(meeting.start)}–${formatClock(meeting.plannedEnd)}` : formatClock(meeting.start);
  return el(
    'header',
    { class: 'pf-header' },
    el('h1', { class: 'pf-h1' }, isolated(meeting.forum)),
    el(
      'p',
      { class: 'pf-when' },
      `${formatLongDate(meeting.date, language)} · ${time}`,
      meeting.location && ' · ',
      meeting.location && isolated(meeting.location),
    ),
    meeting.participants.length > 0 &&
      el('button', { type: 'button', class: 'pf-button', disabled: '' }, ui.showParticipants(meeting.participants.length)),
  );
}

/** The Punktoversigt beside the list from 900 px (TwoPaneIndex), as text: its buttons come with React. */
function index(t: AgendaTexts, agenda: StoredAgenda, schedule: WallClockSchedule, language: Language): HTMLElement {
  const label = language === 'da' ? 'Punktoversigt' : 'Item index';
  return el(
    'div',
    { class: 'pf-index' },
    el(
      'nav',
      { 'aria-label': label },
      el(
        'ol',
        {},
        ...agenda.items.map(({ item, readable }) => {
          const hidden = item.closed && !readable;
          const slot = schedule.items.find((s) => s.number === item.number);
          return el(
            'li',
            {},
            punktTitle(t, item.number, hidden ? null : item.prefix, hidden ? t.closed : item.title),
            slot && el('span', { class: 'pf-slot' }, formatSlot(slot.start, slot.end)),
          );
        }),
      ),
    ),
  );
}

/** The view's column: header, schedule warning, tools and the list, as AgendaView's Ready renders it first. */
function view(agenda: StoredAgenda, schedule: WallClockSchedule, language: Language): HTMLElement {
  const t = agendaMessages[language];
  const ui = uiMessages[language];
  const warned = new Set([...schedule.overlaps.map((o) => o.number), ...schedule.overrun.map((o) => o.number)]).size;
  const items = agenda.items;
  return el(
    'div',
    { class: 'pf-view' },
    header(ui, agenda, language),
    warned > 0 &&
      el(
        'div',
        { class: 'pf-warning-bar', role: 'group' },
        el('span', { class: 'pf-warning-title' }, t.warningsTitle),
        ' ',
        t.warningsSummary(warned),
      ),
    items.length === 0
      ? el('p', {}, t.noItems)
      : el(
          'div',
          { class: 'pf-tools' },
          el(
            'div',
            { class: 'pf-tools-row' },
            el('input', {
              type: 'search',
              class: 'pf-search',
              'aria-label': t.searchLabel,
              placeholder: t.searchPlaceholder,
              disabled: '',
            }),
            el('button', { type: 'button', class: 'pf-button', disabled: '' }, t.expandAll),
            el('button', { type: 'button', class: 'pf-button', disabled: '' }, t.collapseAll),
          ),
          el('span', { class: 'pf-count' }),
        ),
    items.length > 0 &&
      el(
        'div',
        { role: 'list', 'aria-label': t.listName, class: 'pf-list' },
        ...items.flatMap((s) => punktRows(t, ui, s, schedule, language)),
      ),
  );
}

/** Takes the first paint's CSS out of the page once React shows the view. */
export function removeFirstPaintStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}

/** The first paint's CSS, once per document. */
function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  doc.head.append(el('style', { id: STYLE_ID }, FIRST_PAINT_CSS));
}

/**
 * Paints `agenda` into `root` (./first-paint's element beside #root), replacing what is there, in the
 * Fluent theme `options.theme` and the address's language. Returns the painted element.
 */
export function paintAgenda(root: HTMLElement, agenda: StoredAgenda, options: FirstPaintOptions): HTMLElement {
  const { language, theme, account = null, wide = false } = options;
  ensureStyle(root.ownerDocument);
  const t = agendaMessages[language];
  // The view's first render shows the schedule from the agenda's own local times, without Intl (AgendaView).
  const schedule = wallClockSchedule(agenda.meeting);
  const column = view(agenda, schedule, language);
  const main = el(
    'main',
    { class: 'pf-shell' },
    account &&
      el(
        'header',
        { class: 'pf-account' },
        el('span', { class: 'pf-account-name' }, account.text),
        el('button', { type: 'button', class: 'pf-button', disabled: '' }, account.button),
      ),
    wide && agenda.items.length > 0
      ? el('div', { class: 'pf-panes' }, index(t, agenda, schedule, language), el('div', { class: 'pf-detail' }, column))
      : column,
  );
  const painted = el('div', { class: 'pf-root', [FIRST_PAINT_ATTRIBUTE]: '', lang: language }, main);
  for (const [name, value] of Object.entries(firstPaintTokens(theme))) painted.style.setProperty(`--${name}`, value);
  root.replaceChildren(painted);
  return painted;
}
