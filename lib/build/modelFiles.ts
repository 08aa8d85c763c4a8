import type { Plugin } from 'vite';
import { encodeModelBinary } from '../model/binary';
import { BUNDLED_MODEL_FILES } from '../model/index';
import type { ModelFile } from '../model/models';

/** Where a language's model file lies in the built extension. */
export const modelPath = (lang: string) => `model/${lang}.bin`;

/**
 * Writes each language's model (lib/model/weights/<lang>.json) into the build in the binary form the service
 * worker reads without decoding (lib/model/binary.ts, #15), next to the worker's script.
 */
export function modelFilesPlugin(): Plugin {
  return {
    name: 'tact-model-files',
    generateBundle(_options, bundle) {
      // Every entry point is built on its own; the files go with the service worker's build.
      if (!Object.values(bundle).some((out) => out.type === 'chunk' && out.fileName === 'background.js')) return;
      for (const file of BUNDLED_MODEL_FILES as ModelFile[]) {
        this.emitFile({ type: 'asset', fileName: modelPath(file.lang), source: encodeModelBinary(file) });
      }
    },
  };
}
