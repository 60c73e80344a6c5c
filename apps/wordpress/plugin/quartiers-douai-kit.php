<?php
/**
 * Plugin Name:       Quartiers#Douai — kit des centres sociaux
 * Plugin URI:        https://github.com/quartiers-douai/kit
 * Description:       Les prototypes du kit Quartiers#Douai (quiz, sondage, vote du public, autodiagnostic…) dans votre site, servis par le site lui-même ; les réponses restent dans la base de données du site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Quartiers#Douai
 * License:           EUPL-1.2
 * License URI:       https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       quartiers-douai-kit
 * Domain Path:       /languages
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

define( 'QD_KIT_VERSION', '0.1.0' );
define( 'QD_KIT_FILE', __FILE__ );
define( 'QD_KIT_DIR', plugin_dir_path( __FILE__ ) );
define( 'QD_KIT_URL', plugin_dir_url( __FILE__ ) );

// Every file of includes/ loads here: a new include needs no change to this file.
foreach ( glob( __DIR__ . '/includes/*.php' ) as $file ) {
	require_once $file;
}
