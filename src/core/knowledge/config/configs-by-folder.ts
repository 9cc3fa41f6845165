/**
 * The config in effect for each file of a scan: the nearest `.containment.yaml` / `.hadolint.yaml` from the file's
 * folder up (or one explicit file) over a base, read once per folder. The CLI, the editor panel and the language
 * server's report each keep one for the length of a scan; what they do with a broken config file is theirs.
 */
import * as path from 'path';
import type { FileHost } from '../../base/host/file-host';
import type { ContainmentConfig } from './config';
import { loadConfigFor, type LoadedConfig } from './load-config';

export class ConfigsByFolder {
  /** Folder → its loaded config and the errors met reading it. */
  readonly loaded = new Map<string, LoadedConfig>();

  constructor(
    private readonly host: FileHost,
    private readonly base: ContainmentConfig,
    private readonly explicitFile?: string,
  ) {}

  /** The config and its errors for an absolute file path. */
  load(absPath: string): LoadedConfig {
    const dir = path.dirname(absPath);
    let loaded = this.loaded.get(dir);
    if (!loaded) {
      loaded = loadConfigFor(absPath, this.host, this.base, this.explicitFile);
      this.loaded.set(dir, loaded);
    }
    return loaded;
  }

  /** The config alone: a broken file's readable keys apply, the rest stays at the base (the editor's behaviour). */
  readonly configFor = (absPath: string): ContainmentConfig => this.load(absPath).config;
}
