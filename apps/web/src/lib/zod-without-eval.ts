import { config } from "zod";

// Zod compiles object parsers with `new Function` when it may, probing with `Function("")` first.
// Our Content-Security-Policy allows no eval (docs/security.md), so the probe throws: Zod catches it
// and parses without compiling, but the browser still reports a policy violation. Jitless mode
// skips the probe: the same results, without the compiled fast path the policy rules out anyway.
config({ jitless: true });
