/** The keyboard command (default Alt+Shift+M) that turns migraine mode on or off without the popup. */
export const TOGGLE_COMMAND = 'toggle-migraine-mode';
export const TOGGLE_SHORTCUT = 'Alt+Shift+M';
