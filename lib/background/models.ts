import { browser } from 'wxt/browser';
import { binaryModels } from '../model/binary';
import type { LoadingModels } from '../model/models';

/**
 * The learned layer's models as the worker reads them: each language's binary file from the extension itself
 * (written by the build, lib/build/modelFiles.ts), fetched the first time that language is analysed (#15).
 */
export function extensionModels(): LoadingModels {
  // WXT types getURL by the files in public/; these are written by the build.
  const urlOf = browser.runtime.getURL as (path: string) => string;
  return binaryModels(async (lang) => {
    const response = await fetch(urlOf(`/model/${lang}.bin`));
    if (!response.ok) throw new Error(`model ${lang}: ${response.status}`);
    return response.arrayBuffer();
  });
}
