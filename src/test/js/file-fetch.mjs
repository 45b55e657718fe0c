// A fetch for Node tests: serves a folder as if it were http://index.test/, counting bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BASE = 'http://index.test/search/';

export function folderFetch(siteDir, log = []) {
  return async (url) => {
    const path = new URL(url).pathname;
    try {
      const bytes = await readFile(join(siteDir, decodeURIComponent(path)));
      log.push({ path, bytes: bytes.length });
      return {
        ok: true, status: 200,
        json: async () => JSON.parse(bytes.toString('utf8')),
        arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      };
    } catch {
      return { ok: false, status: 404 };
    }
  };
}
