// Types of the kit's internal scripts (plain .mjs files in tools/kit-scripts).
declare module '@quartiers-douai/kit-scripts/chromium' {
  export const chromiumArgs: string[];
  export function chromiumPath(): string | undefined;
  export function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
}
