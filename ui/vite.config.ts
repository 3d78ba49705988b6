/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// The UI is served by Tauri from `ui/dist` (see `build.frontendDist` in ../tauri.conf.json).
// There is no dev server in the app's config: `cargo xtask run` builds this folder first.
export default defineConfig({
  // Relative asset URLs work under Tauri's custom protocol and in plain file previews.
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK on Linux, WebKit on macOS, WebView2 (Chromium) on Windows.
    target: ["es2022", "safari15", "chrome105"],
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
