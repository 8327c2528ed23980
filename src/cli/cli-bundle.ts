/**
 * The entry of the bundled CLI, dist/cli/cli.cjs (src/build/bundle-cli.ts), which
 * bin/linkedin-exposure.js loads through launch.ts.
 */
import './zod-setup.js';
export { run } from './main.js';
export { nodeIo } from './node-io.js';
