/** A configuration that cannot be read or has the wrong shape. The CLI exits 2 with its message. */
export class ConfigError extends Error {
  /** The configuration file concerned. */
  readonly path: string;

  constructor(message: string, configPath: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
    this.path = configPath;
  }
}
