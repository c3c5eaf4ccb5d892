/**
 * Makes a Prism theme meet WCAG AA (4.5:1) for every token colour against the
 * theme's background: colours that fall short are darkened (light themes) or
 * lightened (dark themes) just enough. The stock github theme's teal and pink
 * tokens are 2.6:1 and 4.3:1, which axe reports as serious.
 */
import type {PrismTheme} from 'prism-react-renderer';

type RGB = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` (the forms prism-react-renderer themes use). */
function parseColor(value: string): RGB | null {
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(value.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB;
}

const toHex = (rgb: RGB) => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

function luminance([r, g, b]: RGB): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseColor(a), parseColor(b)];
  if (!x || !y) return NaN;
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The closest colour to `color` (mixing toward black or white) with at least `min` contrast on `background`. */
export function ensureContrast(color: string, background: string, min = 4.5): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg || contrastRatio(color, background) >= min) return color;
  const target: RGB = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = toHex(fg.map((c, i) => c + (target[i] - c) * t) as RGB);
    if (contrastRatio(mixed, background) >= min) return mixed;
  }
  return toHex(target);
}

export function accessibleTheme(theme: PrismTheme, min = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const fix = (color: unknown) => (typeof color === 'string' ? ensureContrast(color, background, min) : color);
  return {
    plain: {...theme.plain, color: fix(theme.plain.color) as string},
    styles: theme.styles.map((entry) => ({
      ...entry,
      // Faded tokens (opacity) would undo the fix: keep them fully opaque.
      style: {...entry.style, color: fix(entry.style.color) as string, opacity: undefined},
    })),
  };
}
