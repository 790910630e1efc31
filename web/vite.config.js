// Builds the explorer's web app into web/dist (served by `dossier serve`). Plain JS so that
// `npm run build` needs no extra TypeScript step for the config itself.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // sigma and graphology are the bulk; one chunk keeps the page to two requests.
    chunkSizeWarningLimit: 1024,
    sourcemap: false,
  },
});
