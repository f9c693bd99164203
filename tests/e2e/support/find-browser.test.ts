import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserSearch } from './find-browser';

/** A machine with exactly these files; no real browser is needed. */
function machine(platform: NodeJS.Platform, files: string[], env: BrowserSearch['env'] = {}): BrowserSearch {
  const present = new Set(files);
  return { platform, env, exists: (path) => present.has(path) };
}

const WINDOWS_ENV = {
  LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
};

describe('the browser the browser tests launch (issue #12, point 11)', () => {
  it("prefers Debian's chromium, as CI has it", () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium', '/usr/bin/google-chrome']))).toEqual({
      name: 'Chromium',
      executablePath: '/usr/bin/chromium',
    });
  });

  it('uses Google Chrome or Edge on Linux without chromium', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/google-chrome']))).toEqual({
      name: 'Google Chrome',
      executablePath: '/usr/bin/google-chrome',
    });
    expect(findBrowser(machine('linux', ['/opt/microsoft/msedge/msedge']))).toEqual({
      name: 'Microsoft Edge',
      executablePath: '/opt/microsoft/msedge/msedge',
    });
  });

  it('finds Chrome, then Edge, in the applications folder on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(machine('darwin', [edge, chrome]))).toEqual({ name: 'Google Chrome', executablePath: chrome });
    expect(findBrowser(machine('darwin', [edge]))).toEqual({ name: 'Microsoft Edge', executablePath: edge });
  });

  it('finds Chrome per user or in Program Files, and Edge in Program Files (x86), on Windows', () => {
    expect(findBrowser(machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], WINDOWS_ENV))).toEqual({
      name: 'Google Chrome',
      executablePath: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    });
    expect(
      findBrowser(machine('win32', ['C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], WINDOWS_ENV)).executablePath,
    ).toBe('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(findBrowser(machine('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], WINDOWS_ENV))).toEqual({
      name: 'Microsoft Edge',
      executablePath: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    });
  });

  it('takes PUNKT_CHROMIUM over everything, and says so when it does not exist', () => {
    const env = { PUNKT_CHROMIUM: '/home/a/chrome-linux/chrome' };
    expect(findBrowser(machine('linux', ['/usr/bin/chromium', env.PUNKT_CHROMIUM], env))).toEqual({
      name: 'PUNKT_CHROMIUM',
      executablePath: env.PUNKT_CHROMIUM,
    });
    expect(() => findBrowser(machine('linux', ['/usr/bin/chromium'], env))).toThrow(
      'PUNKT_CHROMIUM=/home/a/chrome-linux/chrome does not exist',
    );
  });

  it('names every place it looked when there is no browser', () => {
    let message = '';
    try {
      findBrowser(machine('darwin', []));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('No Chromium, Google Chrome or Microsoft Edge found');
    expect(message).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(message).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(message).toContain('PUNKT_CHROMIUM');
  });
});
