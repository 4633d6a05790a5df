import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// One ES module (designer.js) and one stylesheet (designer.css) for the Razor class library's wwwroot;
// Blazor imports the module through _content/Reconsideration.Designer/designer/designer.js.
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/designer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    rolldownOptions: { output: { minify: true } },
    // The bpmn font is small: keep it inside the stylesheet rather than as a separate file.
    assetsInlineLimit: 200000,
    lib: {
      entry: fileURLToPath(new URL('src/index.js', import.meta.url)),
      formats: [ 'es' ],
      fileName: () => 'designer.js',
      cssFileName: 'designer'
    }
  }
});
