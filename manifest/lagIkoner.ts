/** `npm run icons`: redraws manifest/color.png and manifest/outline.png (committed; a test checks they match). */
import fs from 'node:fs';
import path from 'node:path';
import { fargeikon, omrissikon } from './ikoner';

fs.writeFileSync(path.join(__dirname, 'color.png'), fargeikon());
fs.writeFileSync(path.join(__dirname, 'outline.png'), omrissikon());
process.stdout.write('Skrev manifest/color.png (192×192) og manifest/outline.png (32×32).\n');
