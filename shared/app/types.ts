/** What the app shell tells about itself, files it hands over, and notices for the user. */
export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' or 'web' (the loopback test bridge). */
  shell: 'electron' | 'web';
  schemaVersion: number;
}

/** A file the backend produced for the user to save (Markdown as text, PDF as base64). */
export interface FileExport {
  filename: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

/** A message for the user that waits until dismissed (for example what a retention purge removed). */
export interface Notice {
  id: number;
  createdAt: string;
  message: string;
}
