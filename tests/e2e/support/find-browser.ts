/**
 * Which Chromium-family browser the browser tests and benchmarks launch: PUNKT_CHROMIUM when set,
 * else Debian's chromium (CI, .ci/run), else an installed Google Chrome or Microsoft Edge where
 * Office add-in developers usually have one (Windows, macOS, Linux). The install paths are the ones
 * Playwright's `chrome` and `msedge` channels look at (playwright-core's registry), plus the Linux
 * packages' /usr/bin links. Nothing is ever downloaded.
 */
import { win32 } from 'node:path';

/** The browser found: a name to print, and the executable to launch. */
export interface BrowserChoice {
  name: string;
  executablePath: string;
}

/** What the search may look at; tests pass a fake machine. */
export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
}

/** Windows installs per user (LOCALAPPDATA) or per machine (Program Files, either one). */
function windowsPaths(env: BrowserSearch['env'], ...rest: string[]): string[] {
  const prefixes = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']];
  if (env.HOMEDRIVE) prefixes.push(`${env.HOMEDRIVE}\\Program Files`, `${env.HOMEDRIVE}\\Program Files (x86)`);
  return [...new Set(prefixes.filter((prefix): prefix is string => Boolean(prefix)).map((prefix) => win32.join(prefix, ...rest)))];
}

/** Where each browser is installed on `platform`, in the order they are tried. */
export function browserCandidates(platform: NodeJS.Platform, env: BrowserSearch['env']): { name: string; paths: string[] }[] {
  switch (platform) {
    case 'win32':
      return [
        { name: 'Google Chrome', paths: windowsPaths(env, 'Google', 'Chrome', 'Application', 'chrome.exe') },
        { name: 'Microsoft Edge', paths: windowsPaths(env, 'Microsoft', 'Edge', 'Application', 'msedge.exe') },
      ];
    case 'darwin':
      return [
        { name: 'Chromium', paths: ['/Applications/Chromium.app/Contents/MacOS/Chromium'] },
        { name: 'Google Chrome', paths: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] },
        { name: 'Microsoft Edge', paths: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'] },
      ];
    default:
      return [
        { name: 'Chromium', paths: ['/usr/bin/chromium'] },
        { name: 'Google Chrome', paths: ['/usr/bin/google-chrome', '/opt/google/chrome/chrome'] },
        { name: 'Microsoft Edge', paths: ['/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge'] },
      ];
  }
}

/**
 * The first browser that exists. PUNKT_CHROMIUM, when set, is the only one tried. Throws naming
 * every path it looked at, and how to fix it, when there is none.
 */
export function findBrowser(search: BrowserSearch): BrowserChoice {
  const override = search.env.PUNKT_CHROMIUM;
  if (override) {
    if (!search.exists(override))
      throw new Error(`PUNKT_CHROMIUM=${override} does not exist: point it at a Chromium, Chrome or Edge executable, or unset it`);
    return { name: 'PUNKT_CHROMIUM', executablePath: override };
  }
  const candidates = browserCandidates(search.platform, search.env);
  for (const { name, paths } of candidates) {
    const found = paths.find((path) => search.exists(path));
    if (found) return { name, executablePath: found };
  }
  const looked = candidates.flatMap(({ paths }) => paths).map((path) => `  ${path}`);
  throw new Error(
    [
      'No Chromium, Google Chrome or Microsoft Edge found for the browser tests. Looked at:',
      ...looked,
      'Install one (Debian: apt-get install chromium), or set PUNKT_CHROMIUM to a Chromium-family executable.',
    ].join('\n'),
  );
}
