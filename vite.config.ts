import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI is built to static files that the api role serves; `npm run dev:web` proxies the API.
// The size warning sits above the Analytics chunk (about 640 KB, 210 KB gzipped): it is ECharts
// with only the chart types the dashboard draws, and it loads only when Analytics is opened.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/api': 'http://localhost:8080', '/healthz': 'http://localhost:8080' } },
});
