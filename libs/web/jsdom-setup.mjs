// Runs before every test file (jest.config.js, setupFiles). In the component tests' jsdom it adds
// what jsdom lacks and the web reaches for; in Node's environment (every other test) it does nothing.
import { TextDecoder, TextEncoder } from 'node:util';

const { window } = globalThis;

if (window) {
  // React Router encodes text when it loads.
  globalThis.TextEncoder ??= TextEncoder;
  globalThis.TextDecoder ??= TextDecoder;
  // Mantine reads media queries and watches sizes.
  window.matchMedia ??= (media) => ({
    matches: false,
    media,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // ProseMirror measures the selection to scroll it into view; Mantine's combobox scrolls to its
  // selected option.
  window.Range.prototype.getClientRects ??= () => window.document.createElement('span').getClientRects();
  window.Range.prototype.getBoundingClientRect ??= () => new window.DOMRect();
  window.Element.prototype.scrollIntoView ??= () => undefined;
  window.document.elementFromPoint ??= () => null;
}
