import { t, type MessageKey } from './i18n';

// The engine writes its one-line reason in English. Its few sentence frames are matched here and said again
// in the UI language; the values inside (outlets, what the sources say) stay as the data pack has them.
// A reason in a frame not listed here is shown as the engine wrote it.
const FRAMES: [RegExp, MessageKey][] = [
  [/^Stated by (.+)\.$/s, 'reasonStated'],
  [/^Sources say (.+); this says “(.+)”\.$/s, 'reasonConflict'],
  [/^The sources state the opposite\.$/, 'reasonOpposite'],
  [/^Sources disagree on (.+?): “(.+)”\.$/s, 'reasonDisputed'],
  [/^On topic, but none of the sources covers this\.$/, 'reasonUncovered'],
];

/** The message a reason is said with, and its values; null for a frame this list does not know. */
export function reasonFrame(reason: string): { key: MessageKey; values: string[] } | null {
  for (const [frame, key] of FRAMES) {
    const m = frame.exec(reason);
    if (m) return { key, values: m.slice(1) };
  }
  return null;
}

export function reasonText(reason: string): string {
  const frame = reasonFrame(reason);
  return frame ? t(frame.key, ...frame.values) : reason;
}
