import type { Script } from '../scripts/types';
import type { ScriptFormat, CanvasKind } from '../scripts/vocabulary';

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' or 'web' (the loopback test bridge). */
  shell: 'electron' | 'web';
  schemaVersion: number;
}

export type Locale = 'nl' | 'en';

export interface Settings {
  locale: Locale;
  /** Days a case is kept after its last use. */
  retentionDays: number;
}

export interface ScriptSummary {
  id: string;
  title: string;
  format: ScriptFormat;
  canvas: CanvasKind;
  description: string;
  builtin: boolean;
  blockCount: number;
  totalMinutes: number;
  version: number;
  updatedAt: string;
}

export interface ScriptDetail extends Script {
  builtin: boolean;
  /** The script this one was duplicated from, if it still exists. */
  basedOn: string | null;
  updatedAt: string;
}

export interface ScriptExport {
  filename: string;
  content: string;
}

export interface FileExport {
  filename: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  content: string;
}
