import type { GetStaticPaths } from 'astro';
import { fontFiles, type FontFile } from '../../fonts/files.ts';

export const getStaticPaths = (async () =>
  (await fontFiles()).map((font) => ({ params: { file: font.fileName }, props: { font } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { font: FontFile } }) =>
  new Response(new Uint8Array(props.font.woff2), { headers: { 'Content-Type': 'font/woff2' } });
