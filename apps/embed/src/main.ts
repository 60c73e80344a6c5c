/** Entry of `embed.js`, the script of every iframe page (see embed-page.ts). */
import { start } from './embed-page.js';

start();
