import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The entry modules Blazor imports, each as _content/Reconsideration.Designer/designer/<name>.js (see docs/designer.md,
// "How the JavaScript is built"). What several entries share, and what an entry loads later (the properties panel
// and the lint rules), lands in chunks/ under its own name: a content hash in the name would change the file list
// between two builds, and an incremental dotnet build still holds the previous list (the static web assets are
// fingerprinted by the host anyway). All styles go into the one designer.css.
const entries = {
  designer: 'src/index.js'
};

// Code editors the properties panel imports but none of our groups uses (src/panel/noCodeEditor.js).
const codeEditors = /^(@codemirror\/(view|state|language|autocomplete|commands|lang-json|lint)|@bpmn-io\/feel-editor|@bpmn-io\/feelers-editor)$/;

export default defineConfig({
  logLevel: 'warn',
  resolve: {
    alias: [ { find: codeEditors, replacement: fileURLToPath(new URL('src/panel/noCodeEditor.js', import.meta.url)) } ]
  },
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/designer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    // The bpmn icon font (woff2, 13 KB) stays inside the stylesheet rather than as a separate file.
    assetsInlineLimit: 20000,
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([ name, path ]) => [ name, fileURLToPath(new URL(path, import.meta.url)) ])),
      formats: [ 'es' ],
      fileName: (format, name) => `${name}.js`,
      cssFileName: 'designer'
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name].js'
      }
    }
  }
});
