import { describe, expect, it } from 'vitest';
import { CliError } from './cli-io';
import { LOCAL_DEV_TOKEN, isLocalGraph, tokenProviderFor } from './graph-cli';

describe('--graph token choice', () => {
  it('uses the development token against the local service', async () => {
    expect(isLocalGraph('http://127.0.0.1:4100/v1.0')).toBe(true);
    expect(await tokenProviderFor('http://localhost:5173/graph/v1.0', {}).getAccessToken()).toBe(LOCAL_DEV_TOKEN);
  });

  it('uses PUNKT_GRAPH_TOKEN against a tenant, never the development token', async () => {
    expect(isLocalGraph('https://graph.microsoft.com/v1.0')).toBe(false);
    expect(await tokenProviderFor('https://graph.microsoft.com/v1.0', { PUNKT_GRAPH_TOKEN: 'tok' }).getAccessToken()).toBe('tok');
  });

  it('names the variables to set when it cannot sign in', () => {
    expect(() => tokenProviderFor('https://graph.microsoft.com/v1.0', {})).toThrow(CliError);
    expect(() => tokenProviderFor('https://graph.microsoft.com/v1.0', { PUNKT_CLIENT_ID: 'x' })).toThrow(
      /PUNKT_CLIENT_ID and PUNKT_TENANT_ID/,
    );
    expect(() => tokenProviderFor('not a url')).toThrow(/not a URL/);
  });
});
