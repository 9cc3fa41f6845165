/**
 * The one place that requires the server's engine. esbuild bundles `./language-server-engine` into its own file
 * (dist/language-server-engine.js, see esbuild.js), so starting the server and answering `initialize` compiles only the
 * protocol library; the engine is loaded right after (on `initialized`) or by the first request that needs it.
 */
type EngineModule = typeof import('./language-server-engine');

let loaded: EngineModule | undefined;

export function loadEngineModule(): EngineModule {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loaded ??= require('./language-server-engine') as EngineModule;
  return loaded;
}
