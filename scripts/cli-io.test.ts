import { describe, expect, it } from 'vitest';
import { CliError, parseCommandArgs } from './cli-io';

const USAGE = 'usage: punkt demo --site SITE-ID';

describe('parseCommandArgs', () => {
  it('reads the options the command declares', () => {
    const { values } = parseCommandArgs('demo', USAGE, { args: ['--site', 'punkt-demo'], options: { site: { type: 'string' } } });
    expect(values.site).toBe('punkt-demo');
  });

  it('refuses an unknown option as one CliError line naming the command and its usage', () => {
    const parse = () => parseCommandArgs('demo', USAGE, { args: ['--sit', 'x'], options: { site: { type: 'string' } } });
    expect(parse).toThrow(CliError);
    expect(parse).toThrow(/^demo: Unknown option '--sit'.*; usage: punkt demo --site SITE-ID$/);
  });

  it('refuses a positional unless the command allows them', () => {
    const config = { args: ['file.txt'], options: { site: { type: 'string' as const } } };
    expect(() => parseCommandArgs('demo', USAGE, config)).toThrow(/^demo: Unexpected argument 'file.txt'/);
    expect(parseCommandArgs('demo', USAGE, { ...config, allowPositionals: true }).positionals).toEqual(['file.txt']);
  });
});
