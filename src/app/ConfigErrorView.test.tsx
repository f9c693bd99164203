// @vitest-environment jsdom
import '../../tests/setup-dom';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../ui/i18n';
import { loadConfig, type ConfigError } from './config/load-config';
import { ConfigErrorView } from './ConfigErrorView';
import { providers } from '../../tests/helpers/ui/providers';

function configError(): ConfigError {
  const result = loadConfig({ PUNKT_MODE: 'tenant', PUNKT_CLIENT_ID: 'not-a-guid', PUNKT_TENANT_ID: 'kommune.onmicrosoft.com' });
  if (result.ok) throw new Error('fixture must be incomplete');
  return result.error;
}

function show(language: Language) {
  render(<ConfigErrorView error={configError()} />, { wrapper: providers({ language }) });
}

describe('the configuration error', () => {
  it('lists exactly the missing and invalid variables, in Danish', () => {
    show('da');
    const list = screen.getByRole('list', { name: 'Punkt er ikke sat op til jeres Microsoft 365' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'PUNKT_CLIENT_ID: ugyldig (Entra-appens klient-id, en GUID)',
      'PUNKT_SITE_ID: mangler (SharePoint-webstedets Graph-id: værtsnavn,GUID,GUID)',
    ]);
  });

  it('speaks English with ?lang=en', () => {
    show('en');
    expect(screen.getByText('Punkt is not set up for your Microsoft 365')).toBeInTheDocument();
    expect(screen.getByText(/invalid \(the Entra app’s client id, a GUID\)/)).toBeInTheDocument();
  });
});
