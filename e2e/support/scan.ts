import fs from 'node:fs';
import path from 'node:path';

export interface Hit {
  file: string;
  canary: string;
  encoding: 'utf8' | 'utf16le';
}

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Every file under the given folders, searched byte-wise for every canary as UTF-8 and as UTF-16LE
 * (Chromium's storage and SQLite's text can use either). Matching is case-sensitive on purpose: the
 * canaries are unusual enough that any occurrence is a leak.
 */
export function scanForCanaries(dirs: string[], canaries: string[]): { hits: Hit[]; filesScanned: number; bytesScanned: number } {
  const needles = canaries.flatMap((c) => [
    { canary: c, encoding: 'utf8' as const, bytes: Buffer.from(c, 'utf8') },
    { canary: c, encoding: 'utf16le' as const, bytes: Buffer.from(c, 'utf16le') },
  ]);
  const hits: Hit[] = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  for (const dir of dirs) {
    for (const file of walk(dir)) {
      let buf: Buffer;
      try {
        buf = fs.readFileSync(file);
      } catch {
        continue; // sockets, locks that vanished
      }
      filesScanned++;
      bytesScanned += buf.length;
      for (const n of needles) if (buf.includes(n.bytes)) hits.push({ file, canary: n.canary, encoding: n.encoding });
    }
  }
  return { hits, filesScanned, bytesScanned };
}
