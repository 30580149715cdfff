import type { APIRoute } from 'astro';
import { getDataset } from '../../../lib/collections.ts';
import { bytesResponse, fileResponse } from '../../../lib/pages/shared.ts';
import { datasetFiles } from '../../../lib/sheets/dataset-files.ts';

export async function getStaticPaths() {
  return (await datasetFiles(await getDataset())).map((f) => ({ params: { file: f.name } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = (await datasetFiles(await getDataset())).find((f) => f.name === params.file)!;
  return typeof file.body === 'string' ? fileResponse({ body: file.body, contentType: file.contentType }) : bytesResponse(file.body, file.contentType);
};
