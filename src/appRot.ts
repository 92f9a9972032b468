/**
 * The app's root folder (the one holding package.json), found the same way from the TypeScript
 * source (src/, run by tsx) and from the compiled output (dist/src/, run by node), so files beside
 * the code, such as the built tab, are found in both.
 */
import fs from 'node:fs';
import path from 'node:path';

export function appRot(fra: string = __dirname): string {
  for (let mappe = fra; ; mappe = path.dirname(mappe)) {
    if (fs.existsSync(path.join(mappe, 'package.json'))) return mappe;
    if (path.dirname(mappe) === mappe) throw new Error(`fant ingen package.json over ${fra}`);
  }
}
