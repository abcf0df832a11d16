// Code passed to serviceWorker.evaluate()/page.evaluate() on extension pages runs where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;
