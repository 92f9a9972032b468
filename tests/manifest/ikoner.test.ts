/** The app's icons, as Teams requires them: a 192×192 colour icon and a 32×32 white-on-transparent outline. */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { fargeikon, omrissikon } from '../../manifest/ikoner';

const MAPPE = path.resolve(__dirname, '..', '..', 'manifest');
const les = (navn: string) => PNG.sync.read(fs.readFileSync(path.join(MAPPE, navn)));
const piksler = (png: PNG) => Array.from({ length: png.width * png.height }, (_, i) => [...png.data.subarray(i * 4, i * 4 + 4)] as [number, number, number, number]);

describe('the app icons', () => {
  it('color.png is 192×192, opaque everywhere and in more than one colour', () => {
    const png = les('color.png');
    assert.deepEqual([png.width, png.height], [192, 192]);
    const p = piksler(png);
    assert.ok(p.every(([, , , a]) => a === 255), 'no transparent pixel');
    assert.ok(new Set(p.map(([r, g, b]) => `${r},${g},${b}`)).size > 2, 'a motif on the background');
  });

  it('outline.png is 32×32, white on a transparent background', () => {
    const png = les('outline.png');
    assert.deepEqual([png.width, png.height], [32, 32]);
    const p = piksler(png);
    assert.ok(p.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255)), 'every visible pixel is white');
    const gjennomsiktige = p.filter(([, , , a]) => a === 0).length;
    assert.ok(gjennomsiktige > p.length / 2, `transparent background (${gjennomsiktige} of ${p.length})`);
    assert.ok(p.some(([, , , a]) => a === 255), 'an outline is drawn');
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]] as const) assert.equal(png.data[(y * 32 + x) * 4 + 3], 0, `corner ${x},${y}`);
  });

  it('are the files `npm run icons` draws', () => {
    assert.ok(fargeikon().equals(fs.readFileSync(path.join(MAPPE, 'color.png'))));
    assert.ok(omrissikon().equals(fs.readFileSync(path.join(MAPPE, 'outline.png'))));
  });
});
