// @vitest-environment jsdom
import '../../tests/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../domain/brands';
import type { ReferatFile, ReferatLibrary } from '../domain/referat/library-port';
import { createFakeHost } from '../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { LanguageProvider } from './i18n';
import { ReferatStatus } from './ReferatStatus';
import { ServicesProvider } from './services';

const meeting = { forum: 'Chefforum', date: isoDate('2024-03-13') };
const file = (version: ReferatFile['version']): ReferatFile => ({
  version,
  name: `${version}.docx`,
  webUrl: `https://sp.test/${version}.docx`,
  modified: '2024-03-13T12:00:00Z',
  size: 1,
});

function renderStatus(library: ReferatLibrary | undefined) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language="da">
        <ServicesProvider
          services={{
            host: createFakeHost(),
            agenda: new InMemoryAgendaSource(),
            calendar: new InMemoryCalendar(),
            ...(library ? { referat: library } : {}),
            now: () => new Date(),
            storage: null,
          }}
        >
          <ReferatStatus meeting={meeting} />
        </ServicesProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

const libraryWith = (files: ReferatFile[]): ReferatLibrary => ({
  save: async () => {
    throw new Error('not here');
  },
  list: async (m) => (m.forum === meeting.forum && m.date === meeting.date ? files : []),
});

describe("the referat's state for the managers", () => {
  it('opens the public document once it is saved', async () => {
    renderStatus(libraryWith([file('public')]));
    const link = await screen.findByRole('link', { name: 'Åbn referatet' });
    expect(link.getAttribute('href')).toBe('https://sp.test/public.docx');
    expect(screen.getByText(/Referatet er gemt i SharePoint/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Åbn den interne version' })).toBeNull();
  });

  it('says when it is not saved yet', async () => {
    renderStatus(libraryWith([]));
    expect(await screen.findByText('Referatet er ikke gemt endnu.')).toBeInTheDocument();
  });

  it('says so when the library fails', async () => {
    renderStatus({ save: async () => file('public'), list: async () => Promise.reject(new Error('503')) });
    expect(await screen.findByText('Referatets status kunne ikke hentes.')).toBeInTheDocument();
  });
});
