#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (dist/src/cli/main.js).
import { runCli } from '../dist/src/cli/main.js';
await runCli();
