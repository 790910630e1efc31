#!/usr/bin/env node
// Entry point for `npx dossier`: runs the compiled CLI (built by `npm ci` through the prepare script).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`dossier show X | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
