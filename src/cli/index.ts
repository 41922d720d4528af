export { cli, VERSION } from './cli.ts';
export { defineConfig } from './define-config.ts';
export type { ArticleKitConfig, ConfigOverride } from './define-config.ts';
export type { FileResult, Io, Output } from './types.ts';
export type { Plugin, PluginRule, Plugins } from '../validate/plugins.ts';
