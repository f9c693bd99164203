// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { appError } from '../../../domain/app-error';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { InMemoryBilagLibrary } from '../../../../tests/fakes/in-memory-bilag-library';
import { LanguageProvider } from '../../../ui/i18n';
import { ServicesProvider, type AppServices } from '../../../ui/services';
import { BilagField, BilagMeetingContext } from './BilagField';

const LINK = 'https://kommune.sharepoint.com/sites/cf/Delte%20dokumenter/Bilag/2026/2026-11-30/Notat.pdf';

function setup(options: { value?: string; closed?: boolean; library?: InMemoryBilagLibrary | null; meeting?: boolean } = {}) {
  const library = options.library === undefined ? new InMemoryBilagLibrary() : options.library;
  const services: AppServices = {
    host: createFakeHost(),
    agenda: new InMemoryAgendaSource(),
    calendar: new InMemoryCalendar([]),
    now: () => new Date('2026-11-30T08:00:00Z'),
    storage: null,
    ...(library ? { bilag: library } : {}),
  };
  const values: string[] = [];
  function Harness() {
    const [value, setValue] = useState(options.value ?? '');
    return (
      <BilagField
        value={value}
        number={2}
        closed={options.closed ?? false}
        onChange={(v) => {
          values.push(v);
          setValue(v);
        }}
      />
    );
  }
  render(
    <LanguageProvider language="da">
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={services}>
          <BilagMeetingContext.Provider value={options.meeting === false ? null : { date: '2026-11-30' }}>
            <Harness />
          </BilagMeetingContext.Provider>
        </ServicesProvider>
      </FluentProvider>
    </LanguageProvider>,
  );
  return {
    library,
    values,
    text: () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Bilag \(ét navn pr\. linje\)/, hidden: true }).value,
  };
}

const pdf = (name: string, size: number) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

describe('BilagField', () => {
  it('shows each linked Bilag as a link that opens in a new tab; a name-only Bilag stays text', () => {
    setup({ value: `Notat.pdf <${LINK}>\nTryghedspolitikken 2024-2026` });
    const list = screen.getByRole('list', { name: 'Bilag til punkt 2' });
    const link = within(list).getByRole('link', { name: 'Notat.pdf' });
    expect(link).toHaveAttribute('href', LINK);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it("'Vedhæft fil' uploads under the meeting's date, shows progress and size, then adds the linked Bilag", async () => {
    const user = userEvent.setup();
    const { library, text } = setup({ value: 'Program.docx' });
    const held = library!.hold();
    await user.upload(screen.getByLabelText('Fil til punkt 2'), pdf('Notat.pdf', 1536));
    const progress = await screen.findByRole('progressbar');
    expect(screen.getByText('Uploader Notat.pdf (1,5 kB) …')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vedhæft fil til punkt 2' })).toBeDisabled();
    act(() => held.progress(768));
    expect(progress).toHaveAttribute('aria-valuenow', '768');
    await act(async () => held.finish());
    expect(await screen.findByRole('status')).toHaveTextContent('Notat.pdf (1,5 kB) er vedhæftet.');
    expect(library!.files.map((f) => f.path)).toEqual(['Bilag/2026/2026-11-30/Notat.pdf']);
    expect(text()).toBe('Program.docx\nNotat.pdf <https://library.test/Bilag/2026/2026-11-30/Notat.pdf>');
    expect(screen.getByRole('link', { name: 'Notat.pdf' })).toHaveAttribute('href', 'https://library.test/Bilag/2026/2026-11-30/Notat.pdf');
  });

  it("stores a closed punkt's file in the restricted folder and says so", async () => {
    const user = userEvent.setup();
    const { library } = setup({ closed: true });
    expect(screen.getByText(/Punktet er lukket: filer gemmes i mappen "Bilag \(lukket\)"/)).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Fil til punkt 2'), pdf('Personsag.pdf', 10));
    await screen.findByRole('status');
    expect(library!.files.map((f) => f.path)).toEqual(['Bilag (lukket)/2026/2026-11-30/Personsag.pdf']);
  });

  it('refuses an empty or too large file in Danish, and shows a failed upload through the error bar', async () => {
    const user = userEvent.setup();
    const { library, text } = setup();
    await user.upload(screen.getByLabelText('Fil til punkt 2'), pdf('Tom.pdf', 0));
    expect(screen.getByText('Tom.pdf er tom og kan ikke vedhæftes.')).toBeInTheDocument();
    const huge = pdf('Kæmpe.pdf', 1);
    Object.defineProperty(huge, 'size', { value: 150 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Fil til punkt 2'), huge);
    expect(screen.getByText('Kæmpe.pdf fylder 150 MB. Et bilag kan højst fylde 100 MB.')).toBeInTheDocument();
    library!.failWith = { appError: appError('offline') };
    await user.upload(screen.getByLabelText('Fil til punkt 2'), pdf('Notat.pdf', 5));
    expect(await screen.findByText('Der er ingen forbindelse. Tjek netværket og prøv igen.')).toBeInTheDocument();
    expect(library!.files).toEqual([]);
    expect(text()).toBe('');
  });

  it("'Vælg fra biblioteket' opens folders and adds the chosen file as a linked Bilag", async () => {
    const user = userEvent.setup();
    const library = new InMemoryBilagLibrary([
      { path: 'Bilag/2026/2026-11-02/Budget.xlsx', size: 2 * 1024 * 1024, type: '' },
      { path: 'Bilag (lukket)/2026/2026-11-02/Hemmelig.pdf', size: 1, type: '' },
    ]);
    const { text } = setup({ library });
    await user.click(screen.getByRole('button', { name: 'Vælg fra biblioteket til punkt 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vælg bilag fra biblioteket' });
    await user.click(await within(dialog).findByRole('button', { name: 'Åbn mappen 2026' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Åbn mappen 2026-11-02' }));
    expect(within(dialog).queryByText(/Hemmelig/)).not.toBeInTheDocument();
    await user.click(await within(dialog).findByRole('button', { name: 'Vælg Budget.xlsx (2 MB)' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(text()).toBe('Budget.xlsx <https://library.test/Bilag/2026/2026-11-02/Budget.xlsx>');
  });

  it('browses the restricted folder for a closed punkt', async () => {
    const user = userEvent.setup();
    const library = new InMemoryBilagLibrary([{ path: 'Bilag (lukket)/2026/x.pdf', size: 1, type: '' }]);
    setup({ library, closed: true });
    await user.click(screen.getByRole('button', { name: 'Vælg fra biblioteket til punkt 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vælg bilag fra "Bilag (lukket)"' });
    expect(await within(dialog).findByRole('button', { name: 'Åbn mappen 2026' })).toBeInTheDocument();
  });

  it('is text only without the library', () => {
    setup({ library: null });
    expect(screen.queryByRole('button', { name: /Vedhæft fil/ })).not.toBeInTheDocument();
  });

  it('is text only without the meeting', () => {
    setup({ meeting: false });
    expect(screen.queryByRole('button', { name: /Vælg fra biblioteket/ })).not.toBeInTheDocument();
  });
});
