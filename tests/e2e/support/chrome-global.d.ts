// Code the tests run inside the extension's service worker or pages uses the `chrome` namespace.
declare const chrome: any;
