import type { FileChooser, Locator, Page } from 'playwright-core';

/** What has the focus, and whether a sighted keyboard user can see where it is (WCAG 2.4.7). */
export interface FocusState {
  /** "button "Speichern"", for failure messages. */
  readonly description: string;
  readonly isVisible: boolean;
}

/**
 * The focused element and whether it shows a focus indicator: Chromium's `:focus-visible`
 * (keyboard focus) plus something drawn for it. Fluent UI draws its focus ring on a pseudo
 * element (`::after` of buttons and list rows), on the label next to a hidden native checkbox
 * or radio, or on a field's wrapper; native controls get the browser's outline.
 */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { description: 'nothing (the page)', isVisible: false };
    }
    const name = element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent ?? '';
    const description = `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`;
    const isOpaque = (colour: string): boolean => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
    const draws = (style: CSSStyleDeclaration, isPseudo: boolean): boolean => {
      if (isPseudo && (style.content === 'none' || style.content === '')) {
        return false;
      }
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && isOpaque(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const border = isPseudo && parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none' && isOpaque(style.borderTopColor);
      return outline || shadow || border;
    };
    const marks = (target: Element | null): boolean =>
      target !== null && (draws(getComputedStyle(target), false) || draws(getComputedStyle(target, '::after'), true) || draws(getComputedStyle(target, '::before'), true));
    const labelled = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    // A field's ring sits on its wrapper a few levels up (TextField's field group, Dropdown's title).
    const ancestors: Element[] = [];
    for (let parent = element.parentElement, depth = 0; parent && depth < 3; parent = parent.parentElement, depth++) {
      ancestors.push(parent);
    }
    const isVisible =
      element.matches(':focus-visible') &&
      (marks(element) ||
        marks(element.nextElementSibling) ||
        marks(labelled) ||
        [...(labelled?.querySelectorAll('*') ?? [])].some(marks) ||
        ancestors.some((ancestor) => ancestor.matches(':focus-within') && (draws(getComputedStyle(ancestor, '::after'), true) || draws(getComputedStyle(ancestor), false))));
    return { description, isVisible };
  });
}

export async function expectFocusVisible(page: Page): Promise<void> {
  const state = await focusState(page);
  if (!state.isVisible) {
    throw new Error(`The keyboard focus is on ${state.description}, but nothing shows it.`);
  }
}

/** Whether the focus is on the element or inside it. Does not wait for the element to appear. */
async function holdsFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement || element.contains(document.activeElement)));
}

/**
 * Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user moves through
 * the page, and checks that the focus can be seen there. Bounded: a target that Tab never
 * reaches fails with the element that had the focus last.
 */
export async function tabTo(page: Page, target: Locator, options: { readonly backwards?: boolean; readonly max?: number } = {}): Promise<void> {
  const max = options.max ?? 120;
  await target.first().waitFor({ state: 'visible', timeout: 30_000 });
  for (let presses = 0; presses <= max; presses++) {
    if (await holdsFocus(target)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach the target within ${max} presses; the focus is on ${(await focusState(page)).description}.`);
}

/** Tabs to a button (or link) and presses Enter. */
export async function activate(page: Page, target: Locator, options: { readonly backwards?: boolean; readonly max?: number } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}

/**
 * Chooses an option of a Fluent dropdown from the keyboard: Tab to it, open it with Enter, move
 * with the arrow keys to the option, take it with Enter.
 */
export async function chooseOption(page: Page, dropdown: Locator, option: string | RegExp | ((text: string) => boolean), options: { readonly backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, dropdown, options);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').first().waitFor();
  // Fluent moves the focus into the list a frame after it opens; an arrow key before that would
  // move the selection of the closed field instead.
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option', undefined, { timeout: 10_000 });
  const wanted = (text: string): boolean => (typeof option === 'string' ? text.trim() === option : typeof option === 'function' ? option(text.trim()) : option.test(text.trim()));
  const focusedOption = (): Promise<string | undefined> =>
    page.evaluate(() => (document.activeElement?.getAttribute('role') === 'option' ? document.activeElement.textContent ?? '' : undefined));
  // Down to the end of the list, then up to its start: the list opens at the selected option.
  for (const key of ['ArrowDown', 'ArrowUp']) {
    let previous: string | undefined;
    for (let presses = 0; presses < 40; presses++) {
      const focused = await focusedOption();
      if (focused !== undefined && wanted(focused)) {
        await expectFocusVisible(page);
        await page.keyboard.press('Enter');
        await page.getByRole('listbox').waitFor({ state: 'detached' });
        return;
      }
      if (focused !== undefined && focused === previous) {
        break;
      }
      previous = focused;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`The option ${String(option)} was not reached with the arrow keys.`);
}

/**
 * Moves through a Fluent list or grid with the arrow keys (a FocusZone is one Tab stop; its
 * rows are reached with the arrows) until the target or something in it has the focus.
 */
export async function arrowTo(page: Page, target: Locator, key: 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft' = 'ArrowDown', max = 40): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await holdsFocus(target)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${key} did not reach the target within ${max} presses; the focus is on ${(await focusState(page)).description}.`);
}

/** Tabs to a native file input and opens it with Space, as a keyboard user does; the file dialog then takes `files`. */
export async function chooseFileFromKeyboard(page: Page, input: Locator, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  await tabTo(page, input);
  // Space and Enter both open a file input. On a busy machine Chromium now and then drops the
  // first key press into a file input, so a keyboard user would press again: so do we, thrice at most.
  for (const key of ['Space', 'Enter', 'Space']) {
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined);
    await page.keyboard.press(key);
    const opened = await chooser;
    if (opened) {
      await opened.setFiles(files);
      return;
    }
    await tabTo(page, input, { max: 0 });
  }
  throw new Error('The file input did not open its dialog from the keyboard.');
}
