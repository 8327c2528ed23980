import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to; the page's CSP has no
// 'unsafe-eval', and even zod's guarded probe is reported as a CSP violation. This module is
// imported first by the Worker, so it runs before the core builds any schema.
z.config({ jitless: true });
