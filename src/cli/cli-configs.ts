/** The CLI's configs: the core's per-folder configs, where a broken config file stops the run as a usage error. */
import * as path from 'path';
import { UsageError } from './args';
import type { Io } from './cli';
import type { FileHost } from '../core/base/host/file-host';
import type { ContainmentConfig } from '../core/knowledge/config/config';
import { ConfigsByFolder } from '../core/knowledge/config/configs-by-folder';

export class CliConfigs {
  private readonly folders: ConfigsByFolder;

  constructor(
    private readonly io: Io,
    host: FileHost,
    base: ContainmentConfig,
    explicitConfig: string | undefined,
  ) {
    this.folders = new ConfigsByFolder(host, base, explicitConfig && path.resolve(io.cwd, explicitConfig));
  }

  get cwd(): string {
    return this.io.cwd;
  }

  get loaded(): ConfigsByFolder['loaded'] {
    return this.folders.loaded;
  }

  /** The config for a file (relative to the working folder or absolute); a config file with errors is a usage error. */
  readonly configFor = (file: string): ContainmentConfig => {
    const loaded = this.folders.load(path.resolve(this.io.cwd, file));
    if (loaded.errors.length) {
      const e = loaded.errors[0];
      throw new UsageError(`invalid config ${path.relative(this.io.cwd, e.path) || e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    }
    return loaded.config;
  };
}
