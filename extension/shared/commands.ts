/**
 * The keyboard commands, defined once: wxt.config.ts writes the manifest's `commands` from this, and the
 * protocol's `factcheck:command` carries one of its names. Keys are suggestions only (the user can change
 * them); J/K as in many readers. Chrome silently drops Alt+Shift+N and P.
 */
export const COMMAND_KEYS = {
  'next-claim': { key: 'Alt+Shift+J', description: '__MSG_cmdNext__' },
  'previous-claim': { key: 'Alt+Shift+K', description: '__MSG_cmdPrevious__' },
  'toggle-marks': { key: 'Alt+Shift+M', description: '__MSG_cmdToggleMarks__' },
} as const;

export type Command = keyof typeof COMMAND_KEYS;

export function isCommand(value: unknown): value is Command {
  return typeof value === 'string' && Object.hasOwn(COMMAND_KEYS, value);
}

/** The manifest's `commands`. */
export function manifestCommands(): Record<Command, { suggested_key: { default: string }; description: string }> {
  const entries = Object.entries(COMMAND_KEYS).map(([name, c]) => [name, { suggested_key: { default: c.key }, description: c.description }]);
  return Object.fromEntries(entries) as Record<Command, { suggested_key: { default: string }; description: string }>;
}
