// Pictures are drawn outside the page, so their colours are written in palette.ts: they must stay the light
// values of the tokens (tokens.css :root) they stand for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PICTURE_COLOURS } from '../../../src/pictures/palette.ts';

const tokens = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');
const light = tokens.slice(tokens.indexOf(':root {'), tokens.indexOf('}', tokens.indexOf(':root {')));
const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]+);`, 'i').exec(light)?.[1];

describe('picture colours', () => {
  it('are the light theme tokens', () => {
    expect(PICTURE_COLOURS).toEqual({ bg: token('bg'), ink: token('fg'), muted: token('muted'), line: token('line') });
  });
});
