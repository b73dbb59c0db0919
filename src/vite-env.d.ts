/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** "1" in the single-file build, which embeds the data instead of fetching it. */
  readonly VITE_EMBED_DATA?: string;
  /** SHA-256 (hex) of the bundled dataset file the build checked; empty when it failed. */
  readonly VITE_DATASET_SHA256?: string;
}
