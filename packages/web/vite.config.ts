import { promisify } from 'node:util';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * Writes .gz and .br beside each text asset of the build, so that the server sends them
 * compressed without compressing on every request (@fastify/static `preCompressed`).
 * Ten lines with node:zlib; no plugin needed for it.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'guibin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await fs.readdir(outDir, { recursive: true });
      await Promise.all(
        files
          .filter((file) => /\.(js|css|html|svg|json)$/.test(file))
          .map(async (file) => {
            const full = path.join(outDir, file);
            const content = await fs.readFile(full);
            if (content.length < 1024) return;
            await fs.writeFile(`${full}.gz`, await gzip(content, { level: 9 }));
            await fs.writeFile(`${full}.br`, await brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
          }),
      );
    },
  };
}

// The API server for `npm run dev` (Vite proxies /api to it): GUIBIN_API_URL, else the default port.
const apiTarget = process.env.GUIBIN_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: scripts/bundle-size.mjs reads it to measure the initial load.
    manifest: true,
    // The 600 KB (gzipped) budget is for the initial load; single chunks may be larger before gzip.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
});
