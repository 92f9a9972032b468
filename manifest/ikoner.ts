/**
 * Draws the app's two icons, as Teams requires them: color.png, 192×192, full colour and opaque; and
 * outline.png, 32×32, white on a transparent background. The motif is a speech bubble with a heart
 * («meld fra»). Shapes are defined on the unit square and sampled 4×4 per pixel for smooth edges.
 */
import { PNG } from 'pngjs';

type Form = (x: number, y: number) => boolean;

const AKSENT = [0x1b, 0x6b, 0x5f] as const; // manifest accentColor #1B6B5F
const HVIT = [0xff, 0xff, 0xff] as const;

function avrundetRektangel(x0: number, y0: number, x1: number, y1: number, r: number): Form {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function trekant(a: [number, number], b: [number, number], c: [number, number]): Form {
  const side = (p: [number, number], q: [number, number], x: number, y: number) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s1 = side(a, b, x, y), s2 = side(b, c, x, y), s3 = side(c, a, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

/** The classic heart curve (x²+y²−1)³ ≤ x²y³, centred at (cx, cy), `r` wide on each side. */
function hjerte(cx: number, cy: number, r: number): Form {
  return (x, y) => {
    const u = (x - cx) / r, v = -(y - cy) / r + 0.15;
    const a = u * u + v * v - 1;
    return a * a * a - u * u * v * v * v <= 0;
  };
}

const union = (...f: Form[]): Form => (x, y) => f.some((g) => g(x, y));
const minus = (a: Form, b: Form): Form => (x, y) => a(x, y) && !b(x, y);
/** Points of `f` at least `w` inside its edge (checked in 16 directions). */
const krymp = (f: Form, w: number): Form => (x, y) =>
  f(x, y) && Array.from({ length: 16 }, (_, i) => (i * Math.PI) / 8).every((t) => f(x + w * Math.cos(t), y + w * Math.sin(t)));

const boble = union(avrundetRektangel(0.16, 0.2, 0.84, 0.7, 0.12), trekant([0.28, 0.66], [0.24, 0.86], [0.48, 0.66]));
const hjertet = hjerte(0.5, 0.45, 0.16);

/** Share of a pixel's 16 sample points inside `f`. */
function dekning(f: Form, px: number, py: number, storrelse: number): number {
  let inne = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (f((px + (i + 0.5) / 4) / storrelse, (py + (j + 0.5) / 4) / storrelse)) inne++;
  return inne / 16;
}

function tegn(storrelse: number, piksel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: storrelse, height: storrelse });
  for (let y = 0; y < storrelse; y++) {
    for (let x = 0; x < storrelse; x++) {
      const [r, g, b, a] = piksel(x, y);
      const i = (y * storrelse + x) * 4;
      png.data[i] = r; png.data[i + 1] = g; png.data[i + 2] = b; png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

const bland = (a: readonly number[], b: readonly number[], t: number) => a.map((v, i) => Math.round(v * (1 - t) + b[i]! * t));

export function fargeikon(): Buffer {
  return tegn(192, (x, y) => {
    const hvit = dekning(boble, x, y, 192);
    const farge = bland(bland(AKSENT, HVIT, hvit), AKSENT, dekning(hjertet, x, y, 192));
    return [farge[0]!, farge[1]!, farge[2]!, 255];
  });
}

export function omrissikon(): Buffer {
  const omriss = union(minus(boble, krymp(boble, 2.2 / 32)), hjerte(0.5, 0.45, 0.13));
  return tegn(32, (x, y) => [...HVIT, Math.round(255 * dekning(omriss, x, y, 32))] as [number, number, number, number]);
}
