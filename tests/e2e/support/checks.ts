/**
 * Checks the browser tests share: axe-core against WCAG 2.1 AA and its best practices, horizontal scrolling, a visible
 * focus indicator (by pixels, not by CSS guesses), and screenshots kept under tests/artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from './app-server';

/**
 * WCAG 2.0 and 2.1, levels A and AA, and axe's best practices: those catch what a screen reader
 * user trips over without a WCAG failure (heading-order, landmarks, region, page-has-heading-one).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Fluent's focus manager (tabster) puts `<i data-tabster-dummy aria-hidden="true" tabindex="0">`
 * around the page once a Dialog is mounted; they pass focus on at once and are hidden on purpose, so
 * screen readers skip them. Tabster and Accessibility Insights treat aria-hidden-focus on them as a
 * known false positive (https://github.com/microsoft/tabster/issues/288,
 * https://github.com/microsoft/accessibility-insights-web/pull/7605); only those nodes are left out.
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/.test(html);
}

/**
 * A Fluent Tooltip shown at the moment of the check (the pointer or focus is on an icon button) lives
 * in a portal at the end of <body>, outside the landmarks, so axe's best-practice `region` rule flags
 * it. Its text is the button's own accessible name (relationship="label"), so nothing is lost to a
 * screen reader; only the tooltip node itself is left out of that one rule.
 */
function isShownTooltip(rule: string, html: string): boolean {
  return rule === 'region' && /^<div [^>]*role="tooltip"/.test(html);
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** The violations of an axe run without tabster's focus dummies and a tooltip on show (see above). */
export function withoutTabsterDummies(results: AxeResults): AxeResults['violations'] {
  return results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html) && !isShownTooltip(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
}

/** The axe violations on the page, one readable line each (rule, impact, first targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = withoutTabsterDummies(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

/**
 * The badges whose text does not fit their box, one line each (text, content size in box size): a
 * Fluent Badge has a fixed height, so text that wraps at a narrow width spills over it.
 */
export function overflowingBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.fui-Badge'))
      .filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
      .map((b) => `${b.textContent ?? ''}: ${b.scrollWidth}×${b.scrollHeight} in ${b.clientWidth}×${b.clientHeight}`),
  );
}

/**
 * The visible controls and text blocks that stick out past the right edge of the viewport: cut off
 * where an ancestor hides the overflow, so the page need not scroll for them to be unreadable (a
 * native select as wide as its longest option, say). One line each: tag, name or text, right edge.
 */
export function cutOffAtRight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, select, input, textarea, a, h1, h2, h3, p, li, label'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (box.right > width + 1)
        found.push(
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(box.right)} > ${width}`,
        );
    }
    return found;
  });
}

/** Saves a full-page screenshot as tests/artifacts/NAME.png (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, 'tests', 'artifacts');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A screenshot of the area around `target` (a few pixels wider, so outlines drawn outside count). */
export async function shotAround(page: Page, target: Locator): Promise<Buffer> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the element has no box');
  const pad = 4;
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad);
  return page.screenshot({ clip: { x, y, width: box.width + 2 * pad, height: box.height + 2 * pad } });
}

/**
 * Presses Tab (at most `maxTabs` times) until `target` has the keyboard focus, and tells whether
 * it got there and whether its focus indicator changed the pixels around it (whatever CSS draws it).
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 60): Promise<{ reached: boolean; focusVisible: boolean }> {
  const atRest = await shotAround(page, target);
  let reached = false;
  for (let i = 0; i < maxTabs && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((el) => el === document.activeElement);
  }
  return { reached, focusVisible: reached && !(await shotAround(page, target)).equals(atRest) };
}

/**
 * Labels with a word broken across two lines (e.g. "Offe|ntlig" when a row of radios is squeezed at
 * 280 px): a word whose text range has more than one line box. Returns "label text: word".
 */
export async function wordsBrokenInLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const label of Array.from(document.querySelectorAll('label'))) {
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${label.textContent?.trim()}: ${match[0]}`);
        }
      }
    }
    return broken;
  });
}
