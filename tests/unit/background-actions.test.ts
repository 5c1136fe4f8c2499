import { describe, expect, it, vi } from 'vitest';

// The module imports the polyfill for its senders; only the pure mapping is tested here.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { commandMessage, selectionMessage, SELECTION_MENU_ID } = await import('../../extension/background/background-actions');

describe('background routing', () => {
  it('turns the selection menu item into a check-selection message', () => {
    expect(selectionMessage({ menuItemId: SELECTION_MENU_ID, selectionText: 'They drummed in Nara.' })).toEqual({
      type: 'factcheck:check-selection',
      text: 'They drummed in Nara.',
    });
    expect(selectionMessage({ menuItemId: SELECTION_MENU_ID, selectionText: '  ' })).toBeNull();
    expect(selectionMessage({ menuItemId: 'other', selectionText: 'x' })).toBeNull();
  });

  it('forwards only the manifest commands', () => {
    expect(commandMessage('next-claim')).toEqual({ type: 'factcheck:command', command: 'next-claim' });
    expect(commandMessage('toggle-marks')).toEqual({ type: 'factcheck:command', command: 'toggle-marks' });
    expect(commandMessage('_execute_action')).toBeNull();
  });
});
