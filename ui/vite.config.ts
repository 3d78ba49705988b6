/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { coreBridge } from "./dev/coreBridge";

// The UI is served by Tauri from `ui/dist` (see `build.frontendDist` in ../tauri.conf.json).
// There is no dev server in the app's config: `cargo xtask run` builds this folder first.
// `npx vite` serves the UI in a browser for development; `dev/coreBridge.ts` then answers the IPC
// with the real core through the CLI (it is never part of the production bundle).
export default defineConfig(({ command }) => ({
  // Relative asset URLs work under Tauri's custom protocol and in plain file previews.
  base: "./",
  clearScreen: false,
  // React 19's automatic JSX runtime, compiled by esbuild (no Babel plugin needed).
  esbuild: { jsx: "automatic" },
  plugins: command === "serve" && !process.env.VITEST ? [coreBridge()] : [],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK on Linux, WebKit on macOS, WebView2 (Chromium) on Windows.
    target: ["es2022", "safari15", "chrome105"],
    sourcemap: false,
    // One file for a desktop app loaded from disk; React + TanStack + dnd-kit are ~160 kB gzipped.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      onwarn(warning, warn) {
        // TanStack ships "use client" directives for server-component bundlers; they mean nothing here.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    // Component tests render the whole app in jsdom; give them room on a busy 2-core CI machine.
    testTimeout: 20_000,
  },
}));
