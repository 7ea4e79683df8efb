import path from 'node:path';

/**
 * A browser document for the tests that render web parts (tests/unit/hosts), installed as
 * globals before react-dom is first imported (react-dom decides at load time whether a DOM
 * exists). Import this module first.
 *
 * The jsdom used is the one SPFx's build tools already bring (under jest-config); the unit
 * project otherwise runs in node, and jest-environment-jsdom 30 is not installed.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require(require.resolve('jsdom', { paths: [path.dirname(require.resolve('jest-config/package.json'))] })) as {
  JSDOM: new (html: string, options: { url: string }) => { window: Window & typeof globalThis; reconfigure(settings: { url: string }): void };
};

export const dom = new JSDOM('<!doctype html><html lang="de"><head></head><body></body></html>', { url: 'https://contoso.sharepoint.com/sites/integration/SitePages/Start.aspx' });

const browserGlobals = [
  'window', 'document', 'navigator', 'location', 'HTMLElement', 'HTMLDivElement', 'HTMLInputElement', 'HTMLButtonElement', 'Element', 'Node', 'Text', 'Event',
  'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'CustomEvent', 'MutationObserver', 'getComputedStyle', 'localStorage', 'sessionStorage', 'DocumentFragment', 'SVGElement'
] as const;
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of browserGlobals) {
  if (globals[name] === undefined) {
    const value = (dom.window as unknown as Record<string, unknown>)[name];
    globals[name] = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...args: unknown[]) => unknown).bind(dom.window) : value;
  }
}

// Animation frames as plain timers: jsdom's visual mode would keep a frame loop running after the tests.
const frames = globals as { requestAnimationFrame?: (callback: (time: number) => void) => unknown; cancelAnimationFrame?: (handle: unknown) => void };
frames.requestAnimationFrame = (callback) => setTimeout(() => callback(Date.now()), 16);
frames.cancelAnimationFrame = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>);
Object.assign(dom.window, { requestAnimationFrame: frames.requestAnimationFrame, cancelAnimationFrame: frames.cancelAnimationFrame });

// React's scheduler picks MessageChannel when a window exists, and its open port would keep jest
// from exiting; loaded without it, the scheduler uses timers, as under jest's own jsdom environment.
const messageChannel = globals.MessageChannel;
delete globals.MessageChannel;
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('react-dom');
globals.MessageChannel = messageChannel;

/**
 * React 17 warns about every state update outside `act()` once it sees jest; the host tests
 * wait for the DOM as a user would instead, so only that warning is dropped.
 */
export function quietActWarnings(): void {
  const original = console.error.bind(console);
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('not wrapped in act(')) {
      return;
    }
    original(...args);
  });
}

/** Moves the page to another address (its `?item=`, or a root site's page for a personal tab). */
export function navigateTo(url: string): void {
  dom.reconfigure({ url });
}

/** Ends the document's timers (Fluent schedules through the window's), so jest can exit. */
export function closeDocument(): void {
  (dom.window as unknown as { close(): void }).close();
}
