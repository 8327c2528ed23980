#!/usr/bin/env node
import { run } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/node-io.js';

process.exitCode = await run(process.argv.slice(2), nodeIo());
