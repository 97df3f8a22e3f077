import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built app from the same origin in production; in development Vite proxies
// the API paths so cookies and the CSP-friendly same-origin fetches behave the same way.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';
const proxy = {
  '/graphql': { target: apiTarget, changeOrigin: false },
  '/health': { target: apiTarget, changeOrigin: false },
  '/calendar': { target: apiTarget, changeOrigin: false },
  '/certificates': { target: apiTarget, changeOrigin: false },
  '/badges': { target: apiTarget, changeOrigin: false },
  '/grants': { target: apiTarget, changeOrigin: false },
};

// The production CSP of the API, so `vite preview` shows CSP violations before the API serves the build.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
    headers: { 'Content-Security-Policy': CSP },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/bundle-size.mjs report what each entry point really loads.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
});
