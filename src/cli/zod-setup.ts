import { z } from 'zod';

// zod 4 compiles an object schema into a function (`new Function`) the first time it parses with
// it. The CLI parses each schema once (its options, a --policy file), where compiling costs more
// than it saves: about 4 ms of every start (docs/performance.md, "Start-up"). Imported first by
// the bundle's entry, so that it is set before any schema parses.
z.config({ jitless: true });
