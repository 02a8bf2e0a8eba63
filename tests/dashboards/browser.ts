/** Headless Chromium for the dashboard tests and bench: playwright-core driving @sparticuz/chromium's binary. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export interface Chromium {
  browser: Browser;
  /**
   * One context for the whole run: @sparticuz/chromium runs with --single-process, where closing a context
   * ends the browser. Tabs of one context still have their own sessionStorage, so tokens do not leak between pages.
   */
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const browser = await chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args,
    headless: true,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return {
    browser,
    context,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Resolves when no panel is loading any more; returns each panel's final state. */
export async function waitForPanels(page: Page, timeoutMs = 30_000): Promise<Record<string, string>> {
  await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll<HTMLElement>('[data-panel]')];
      return panels.length > 0 && panels.every((p) => p.dataset.state === 'ready' || p.dataset.state === 'error');
    },
    null,
    { timeout: timeoutMs, polling: 20 },
  );
  return page.$$eval('[data-panel]', (panels) =>
    Object.fromEntries(panels.map((p) => [(p as HTMLElement).dataset.panel!, (p as HTMLElement).dataset.state!])),
  );
}

export interface CellRead {
  measure: string | null;
  field: string | null;
  group: string | null;
  value: string | null;
  text: string;
}

/** Every cell of a panel that carries a raw value (`data-value`), with its key and shown text. */
export function readCells(page: Page, panel: string): Promise<CellRead[]> {
  return page.$$eval(`[data-panel="${panel}"] [data-value]`, (cells) =>
    cells.map((c) => {
      const el = c as HTMLElement;
      return {
        measure: el.dataset.measure ?? null,
        field: el.dataset.field ?? null,
        group: el.dataset.group ?? el.closest('tr')?.dataset.group ?? null,
        value: el.dataset.value ?? null,
        text: (el.textContent ?? '').trim(),
      };
    }),
  );
}
