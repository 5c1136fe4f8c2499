import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Explicit imports everywhere (no auto-imports) so every file says where its names come from.
export default defineConfig({
  imports: false,
  // Lets parallel builds (a second checkout's tests, the demo) write elsewhere.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Drum Summit Fact-Check',
    description: 'Marks claims about the Takaichi–Lee drum session and shows what five source articles say. Works offline; sends nothing anywhere.',
    permissions: ['storage', 'tabs'],
    action: { default_title: 'Drum Summit Fact-Check' },
  },
});
