#!/usr/bin/env node
// A CommonJS script (bin/package.json): Node starts one some 15 ms sooner than an ES module, which
// counts at every start (docs/performance.md, "Start-up").
'use strict';

const path = require('node:path');

void require('../dist/cli/launch.cjs').launch(path.join(__dirname, '../dist/cli'));
