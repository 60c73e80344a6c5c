/**
 * What replaces WordPress's coding standards (WPCS is not reachable from here, see
 * docs/decisions/0022-extension-wordpress-serveur.md): the rules that matter for safety, checked on the
 * plugin's PHP sources as text. Each returns the violations it found, as « file: what ».
 */

export interface PhpFile {
  path: string;
  text: string;
}

/** The functions of a file: name → body (from `function name(` to the next top-level function). */
export function functionsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/\n(?=function )/);
  for (const part of parts) {
    const m = /^function (\w+)\(/.exec(part);
    if (m) out.set(m[1]!, part);
  }
  return out;
}

/** Every `$wpdb->query/get_*` call takes `$wpdb->prepare(…)`, a fixed literal, or says why not. */
export function unpreparedQueries(files: PhpFile[]): string[] {
  const out: string[] = [];
  for (const f of files)
    f.text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(
        /\$wpdb->(query|get_var|get_col|get_row|get_results)\(\s*([^)]{0,40})/g,
      )) {
        const arg = m[2]!;
        const ok =
          arg.startsWith('$wpdb->prepare(') ||
          /^'[^'$]*'\s*$/.test(arg) ||
          /phpcs:ignore WordPress\.DB\.PreparedSQL\.NotPrepared -- \S/.test(line);
        if (!ok) out.push(`${f.path}:${i + 1}: $wpdb->${m[1]} sans $wpdb->prepare()`);
      }
    });
  return out;
}

/** Every REST route names its `permission_callback`. */
export function routesWithoutPermission(files: PhpFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const calls = f.text.split('register_rest_route(').slice(1);
    calls.forEach((call, i) => {
      const body = call.slice(0, call.indexOf('\n\t);'));
      if (!/'permission_callback'\s*=>\s*'\w+'/.test(body))
        out.push(`${f.path}: route n° ${i + 1} sans permission_callback`);
    });
  }
  return out;
}

/** Every function that prints a POST form prints its nonce too. */
export function formsWithoutNonce(files: PhpFile[]): string[] {
  const out: string[] = [];
  for (const f of files)
    for (const [name, body] of functionsOf(f.text))
      if (/<form method="post"/.test(body) && !/wp_nonce_field\(|settings_fields\(/.test(body))
        out.push(`${f.path}: ${name}() imprime un formulaire sans nonce`);
  return out;
}

/** Every admin-post action checks a nonce and a capability (itself or through one helper). */
export function actionsWithoutChecks(files: PhpFile[]): string[] {
  const all = new Map<string, string>();
  for (const f of files) for (const [k, v] of functionsOf(f.text)) all.set(k, v);
  const checks = (body: string, depth = 0): boolean => {
    if (/check_admin_referer\(/.test(body) && /current_user_can\(/.test(body)) return true;
    if (depth > 1) return false;
    return [...body.matchAll(/(\w+)\(/g)].some(
      (m) => all.has(m[1]!) && m[1] !== undefined && checks(all.get(m[1])!, depth + 1),
    );
  };
  const out: string[] = [];
  for (const f of files)
    for (const m of f.text.matchAll(/add_action\(\s*'admin_post_(?:nopriv_)?\w+',\s*'(\w+)'/g)) {
      const body = all.get(m[1]!);
      if (m[0].includes('nopriv')) out.push(`${f.path}: ${m[1]} ouvert aux visiteurs`);
      else if (!body || !checks(body)) out.push(`${f.path}: ${m[1]} sans nonce ou sans capacité`);
    }
  return out;
}

/** Every admin screen's callback checks the capability itself. */
export function screensWithoutCapability(files: PhpFile[]): string[] {
  const all = new Map<string, string>();
  for (const f of files) for (const [k, v] of functionsOf(f.text)) all.set(k, v);
  const out: string[] = [];
  for (const f of files)
    for (const m of f.text.matchAll(/add_(?:sub)?menu_page\([^;]*'(\w+)'\s*\);/g))
      if (!/current_user_can\(/.test(all.get(m[1]!) ?? ''))
        out.push(`${f.path}: l'écran ${m[1]}() ne vérifie pas la capacité`);
  return out;
}

/** A variable printed with `echo` is escaped, or the line says why it needs not be. */
export function unescapedEchoes(files: PhpFile[]): string[] {
  const out: string[] = [];
  for (const f of files)
    f.text.split('\n').forEach((line, i) => {
      if (/\becho\s+\$/.test(line) && !/OutputNotEscaped -- \S/.test(line))
        out.push(`${f.path}:${i + 1}: echo d'une variable sans échappement`);
    });
  return out;
}

/** Nothing that identifies a person is read by the collection code. */
export function personalData(files: PhpFile[]): string[] {
  const out: string[] = [];
  for (const f of files.filter((x) => /rest-|database/.test(x.path)))
    for (const m of f.text.matchAll(
      /REMOTE_ADDR|HTTP_X_FORWARDED_FOR|setcookie|\$_COOKIE|get_current_user_id|wp_get_current_user|HTTP_USER_AGENT/g,
    ))
      out.push(`${f.path}: ${m[0]}`);
  return out;
}

/** Multibyte functions beyond WordPress's polyfills need php-mbstring, which Debian's php-cli lacks. */
export function mbstringBeyondPolyfills(files: PhpFile[]): string[] {
  const out: string[] = [];
  for (const f of files)
    for (const m of f.text.matchAll(/\bmb_(\w+)\(/g))
      if (!['strlen', 'substr'].includes(m[1]!))
        out.push(`${f.path}: mb_${m[1]}() demande php-mbstring`);
  return out;
}

/** Every file stops when loaded outside WordPress. */
export function directAccess(files: PhpFile[]): string[] {
  return files
    .filter((f) => !/defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \) \|\| exit;/.test(f.text))
    .map((f) => `${f.path}: pas de « defined( 'ABSPATH' ) || exit; »`);
}
