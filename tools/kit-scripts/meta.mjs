import { build } from 'esbuild';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: 'esm', write: false, metafile: true, platform: 'browser', outfile: 'x.js', absWorkingDir: process.cwd() });
const inputs = Object.entries(r.metafile.outputs['x.js'].inputs).map(([k,v]) => [k.replace(/.*node_modules\//,''), v.bytesInOutput]);
const agg = {};
for (const [k,v] of inputs) { const key = k.split('/').slice(0, k.startsWith('@')||k.includes('.pnpm')?4:2).join('/'); agg[key]=(agg[key]||0)+v; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1024).toFixed(1)}KB ${k}`).join('\n'));
