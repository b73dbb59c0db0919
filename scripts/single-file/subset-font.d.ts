/** The part of subset-font's API (harfbuzz's hb-subset as WebAssembly) the build uses. */
declare module "subset-font" {
  export interface SubsetFontOptions {
    targetFormat?: "sfnt" | "woff" | "woff2";
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    keepFeatures?: string[];
  }
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
