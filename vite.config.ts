import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI is built to static files that the api role serves; `npm run dev:web` proxies the API.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:8080', '/healthz': 'http://localhost:8080' } },
});
