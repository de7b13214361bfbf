#!/usr/bin/env node
// The `dossier` command: exists before the build (npm links bins at install time), runs the compiled CLI.
require('../../dist/electron/cli/dossier.js');
