/**
 * Builds the tab to tab/dist, which src/http/server.ts serves. Relative asset paths, so the same
 * build works at any origin (localhost, the Teams content URL). The manifest lets `npm run bench`
 * follow the first page's imports; `.kilder.json` lets tab/bygg.ts tell a stale build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const rot = fileURLToPath(new URL('.', import.meta.url));

/** Writes the project files the bundle was made from (not node_modules: package-lock.json covers those). */
function kildeliste(): Plugin {
  const kilder = new Set<string>([fileURLToPath(import.meta.url), `${rot}index.html`]);
  return {
    name: 'kildeliste',
    moduleParsed(modul) {
      if (!modul.id.includes('node_modules') && !modul.id.startsWith('\0')) kilder.add(modul.id.split('?')[0] ?? modul.id);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '.kilder.json', source: JSON.stringify([...kilder].sort(), null, 1) });
    },
  };
}

export default defineConfig({
  root: rot,
  base: './',
  plugins: [react(), kildeliste()],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    reportCompressedSize: false,
    rolldownOptions: {
      // The pages import the domain's constants (src/domain/varsel, livslop); its working-day
      // arithmetic loads the Norwegian holiday calendar, which the tab never calls. That package
      // does nothing when merely imported, so saying so lets the bundler leave its ~115 KB out.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules[\\/]date-holidays/.test(id) },
    },
  },
});
