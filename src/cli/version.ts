// Imported, not read with require() at run time: esbuild inlines the version into the bundle,
// whose chunks sit where a relative path to package.json would no longer lead.
import manifest from '../../package.json' with { type: 'json' };

export const version = manifest.version;
