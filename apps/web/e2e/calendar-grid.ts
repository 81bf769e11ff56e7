import type { Locator, Page } from 'playwright-core';

const PX_PER_MINUTE = 0.8;

/**
 * Waits until the calendar grid has scrolled to its first shown hour, which it does once hydrated.
 * A position read or a drag started before that lands hours away from where it was aimed (seen
 * under load with two test workers: a block measured at 180 minutes instead of 600).
 */
export async function untilGridSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('.scroller')?.scrollTop ?? 0) > 0);
}

/** Minutes from the top of `day`'s column to the top of `block`, both read in one frame. */
export async function minuteInColumn(block: Locator, day: string): Promise<number> {
  const pixels = await block.evaluate((element, date) => {
    const column = document.querySelector(`[data-day="${date}"]`);
    if (!column) throw new Error(`no column for ${date}`);
    return element.getBoundingClientRect().top - column.getBoundingClientRect().top;
  }, day);
  return Math.round(pixels / PX_PER_MINUTE);
}
