/** Process entry point: `node dist/cli/run.js serve …`. */
import './v8-flags.ts';
import { main } from './main.ts';

const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
