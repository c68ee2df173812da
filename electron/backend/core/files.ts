import fs from 'node:fs';
import path from 'node:path';

/** Overwrites a file with zeros, flushes it, then unlinks it. Missing files are fine. */
export function wipeFile(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch {
    return;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let pos = 0; pos < size; pos += zeros.length) fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - pos), pos);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.rmSync(file, { force: true });
}

/**
 * The data folder 0700 and every file in it (and in its subfolders) 0600, on every start: a folder that
 * already existed may have been created with the default umask (0755/0644). No-op on Windows.
 */
export function tightenPermissions(dir: string): void {
  if (process.platform === 'win32') return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const walk = (d: string) => {
    fs.chmodSync(d, 0o700);
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) fs.chmodSync(p, 0o600);
    }
  };
  walk(dir);
}

/** Written to a temporary file, flushed, then renamed over the old one and the folder flushed: a crash leaves the old or the new. */
export function writeFileDurably(file: string, content: string, mode = 0o600): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', mode);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  syncDir(path.dirname(file));
}

/** Flushes a folder's entries (after a rename), where the file system allows it. */
export function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* not every file system lets a folder be flushed */
  }
}

