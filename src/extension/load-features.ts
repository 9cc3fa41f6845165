/**
 * The one place that requires the implementation module. esbuild bundles `./features` into its own file
 * (dist/features.js, see esbuild.js) so that requiring dist/extension.js at activation compiles a few kilobytes, not the
 * whole engine; the module is loaded when a relevant document is open or a command/provider is first used.
 */
type FeatureModule = typeof import('./features');

let loaded: FeatureModule | undefined;

export function loadFeatureModule(): FeatureModule {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loaded ??= require('./features') as FeatureModule;
  return loaded;
}
