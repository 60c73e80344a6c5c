import { build } from 'esbuild';
import { brotliCompressSync, constants as zc } from 'node:zlib';
for (const [name, code] of Object.entries({
  lit: "import {LitElement, html, css} from 'lit'; import {property, state} from 'lit/decorators.js'; console.log(LitElement, html, css, property, state);",
  zodmini: "import * as z from 'zod/mini'; console.log(z.looseObject({a: z.string().check(z.minLength(1), z.refine(x=>true,{message:'x'}))}), z.array, z.enum, z.optional, z._default, z.number().check(z.int(), z.gte(1)), z.boolean(), z.safeParse, z.literal, z.union, z.record);",
  messages: "import {coreMessages} from './src/i18n/core-messages.ts'; console.log(coreMessages)",
  theme: "import {baseStyles} from './src/theme/tokens.ts'; console.log(baseStyles)",
  all: "export * from './src/index.ts'",
})) {
  const r = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, platform: 'browser' });
  const b = r.outputFiles[0].contents;
  console.log(name, (b.length/1024).toFixed(1), 'min', (brotliCompressSync(b, {params:{[zc.BROTLI_PARAM_QUALITY]:11}}).length/1024).toFixed(1), 'br');
}
