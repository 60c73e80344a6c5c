<?php
/**
 * Installs the local WordPress of `pnpm wp:start` without wp-cli (php install.php <step>):
 *   install  wp_install() when the site is not installed yet (admin user and site title);
 *   setup    the Editor user, the theme twentytwentythree, pretty permalinks, the plugin active.
 * Each step does only what is missing: a second run changes nothing. Environment: QD_WP_CONFIG
 * (Debian config name), QD_WP_URL, QD_WP_ADMIN_PASSWORD, QD_WP_EDITOR_PASSWORD.
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'QD_WP_CONFIG' );
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'QD_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'QD_WP_URL' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = (string) parse_url( getenv( 'QD_WP_URL' ), PHP_URL_PORT );
$_SERVER['REQUEST_METHOD'] = 'GET';
$step = $argv[1] ?? 'install';

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
	/** No e-mail from a local test site (and no mail server to send it). */
	function wp_new_blog_notification() {}
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( 'install' === $step ) {
	if ( is_blog_installed() ) {
		echo "WordPress déjà installé.\n";
		exit( 0 );
	}
	wp_install( 'Centre social de démonstration', 'admin', 'admin@example.test', false, '', getenv( 'QD_WP_ADMIN_PASSWORD' ) );
	update_option( 'siteurl', getenv( 'QD_WP_URL' ) );
	update_option( 'home', getenv( 'QD_WP_URL' ) );
	echo "WordPress installé (utilisateur admin).\n";
	exit( 0 );
}

// setup
if ( ! username_exists( 'redaction' ) ) {
	wp_insert_user(
		array(
			'user_login' => 'redaction',
			'user_pass'  => getenv( 'QD_WP_EDITOR_PASSWORD' ),
			'user_email' => 'redaction@example.test',
			'role'       => 'editor',
			'first_name' => 'Rédaction',
		)
	);
	echo "Utilisateur redaction (Éditeur) créé.\n";
}
if ( 'twentytwentythree' !== get_stylesheet() ) {
	switch_theme( 'twentytwentythree' );
	echo "Thème twentytwentythree activé.\n";
}
if ( 'fr_FR' !== get_option( 'WPLANG' ) ) {
	update_option( 'WPLANG', 'fr_FR' ); // <html lang="fr-FR"> on the front pages: the kit speaks French.
	echo "Langue du site : fr_FR.\n";
}
if ( '/%postname%/' !== get_option( 'permalink_structure' ) ) {
	update_option( 'permalink_structure', '/%postname%/' );
	echo "Permaliens lisibles activés.\n";
}
flush_rewrite_rules( false );
$plugin = 'quartiers-douai-kit/quartiers-douai-kit.php';
if ( ! is_plugin_active( $plugin ) ) {
	$error = activate_plugin( $plugin );
	if ( is_wp_error( $error ) ) {
		fwrite( STDERR, 'Extension non activée : ' . $error->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "Extension quartiers-douai-kit activée.\n";
}
