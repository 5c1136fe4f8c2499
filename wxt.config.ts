import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestCommands } from './extension/shared/commands';

/** A `$comment` explains data to its reviewers; the extension need not carry it (about 5 kB). */
function stripComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.startsWith('$'))
      .map(([k, v]) => [k, stripComments(v)]),
  );
}
const dataComments = {
  name: 'strip-data-comments',
  enforce: 'pre' as const,
  transform: (code: string, id: string) =>
    /[\\/]data[\\/](?:[^\\/]+[\\/])*[^\\/]+\.json$/.test(id) ? JSON.stringify(stripComments(JSON.parse(code))) : undefined,
};

// Explicit imports everywhere (no auto-imports) so every file says where its names come from.
export default defineConfig({
  imports: false,
  // Lets parallel builds (a second checkout's tests, the demo) write elsewhere.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The store's sources zip: code and data, not screenshots or build output.
  zip: { excludeSources: ['demo/**', 'docs/**', '.output*/**', 'tests/e2e/.artifacts/**'] },
  vite: () => ({
    plugins: [dataComments, preact()],
    // FC_UNMINIFIED=1 keeps names readable in CPU profiles (scripts/profile-page.ts).
    ...(process.env.FC_UNMINIFIED && { build: { minify: false } }),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    commands: manifestCommands(),
    // The content script is the small front (entrypoints/page-gate.ts), built as an unlisted script so that
    // WXT's wrapper adds nothing to it; it loads entrypoints/page-checker.ts where a page may be on topic.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['page-gate.js'], run_at: 'document_idle' }],
    // Chrome lets a content script import() only web-accessible files: that one, at a URL that changes
    // every session (Firefox imports the extension's files without listing them, so nothing is exposed).
    ...(browser !== 'firefox' && {
      web_accessible_resources: [{ resources: ['page-checker.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // A fixed id keeps storage.sync and the user's settings across updates; 140 is the first with the Highlight API.
        gecko: { id: 'drum-summit-factcheck@factcheck.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        // Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
