import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The read-only viewer (src/viewer): its own ES module and stylesheet, viewer.js and viewer.css, beside the modeler's
// bundle; pages that only show a diagram (instance viewer, statistics, comparison) do not load the modeler.
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/viewer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    assetsInlineLimit: 200000,
    lib: {
      entry: fileURLToPath(new URL('src/viewer/index.js', import.meta.url)),
      formats: [ 'es' ],
      fileName: () => 'viewer.js',
      cssFileName: 'viewer'
    }
  }
});
