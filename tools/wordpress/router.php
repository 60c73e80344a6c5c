<?php
/**
 * Router of `php -S` for the local WordPress of `pnpm wp:start` (tools/wordpress/start.mjs).
 * Debian's WordPress reads its configuration from /etc/wordpress/config-<name>.php, chosen here
 * with WORDPRESS_CONFIG (one per state folder); the content folder (plugins, themes, uploads) is
 * the state folder's, served under /wp-content/; every other address that is not a file goes to
 * WordPress's index.php (pretty permalinks, /wp-json/).
 */

/** What to do with the request: true (answered), false (php -S serves the file), or the PHP file to run. */
function qd_wp_route() {
	$_SERVER['WORDPRESS_CONFIG'] = getenv( 'QD_WP_CONFIG' );
	$content = getenv( 'QD_WP_CONTENT' );
	$path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
	$types = array(
		'css'  => 'text/css',
		'js'   => 'text/javascript',
		'mjs'  => 'text/javascript',
		'json' => 'application/json',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'jpg'  => 'image/jpeg',
		'jpeg' => 'image/jpeg',
		'webp' => 'image/webp',
		'gif'  => 'image/gif',
		'vtt'  => 'text/vtt',
		'woff2' => 'font/woff2',
		'mp4'  => 'video/mp4',
		'txt'  => 'text/plain',
	);

	if ( str_starts_with( $path, '/wp-content/' ) ) {
		$file = realpath( $content . substr( $path, strlen( '/wp-content' ) ) );
		$ext = strtolower( pathinfo( (string) $file, PATHINFO_EXTENSION ) );
		if ( $file && is_file( $file ) && isset( $types[ $ext ] ) ) {
			header( 'Content-Type: ' . $types[ $ext ] );
			header( 'Content-Length: ' . filesize( $file ) );
			readfile( $file );
			return true;
		}
		http_response_code( 404 );
		echo 'Not found';
		return true;
	}

	$root = $_SERVER['DOCUMENT_ROOT'];
	$file = realpath( $root . $path );
	if ( $file && is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
		return false; // A static file of WordPress (wp-includes, wp-admin): php -S serves it.
	}
	if ( $file && is_dir( $file ) && is_file( $file . '/index.php' ) ) {
		$file .= '/index.php';
	}
	if ( ! $file || ! is_file( $file ) || ! str_ends_with( $file, '.php' ) ) {
		$file = $root . '/index.php';
	}
	$_SERVER['SCRIPT_FILENAME'] = $file;
	$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr( $file, strlen( $root ) );
	chdir( dirname( $file ) );
	return $file;
}

$qd_wp_target = qd_wp_route();
if ( is_bool( $qd_wp_target ) ) {
	return $qd_wp_target;
}
require $qd_wp_target;
