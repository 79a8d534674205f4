import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './src/sw/vite-plugin.ts';

// base './': the built site works from any static host and any sub-path, with no special headers.
export default defineConfig({
  base: './',
  plugins: [react(), serviceWorker()],
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist/site', sourcemap: true },
  server: { port: 5173, strictPort: false },
});
