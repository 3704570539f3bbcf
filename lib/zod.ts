// The one place zod is configured. Extension pages forbid `new Function` (CSP), and zod's
// object parser would otherwise try to compile validators with it.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
