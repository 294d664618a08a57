#!/usr/bin/env node
// The `chorus` command: runs the compiled CLI (npm run build writes dist/).
import v8 from 'node:v8';

// Compile the embedded database's WebAssembly functions when first called rather than all at
// start: PostgreSQL calls a fraction of them, and the rest would only take memory. Set before any
// WebAssembly module is compiled.
v8.setFlagsFromString('--wasm-lazy-compilation');

await import('../dist/src/cli/main.js');
