<?php
/**
 * Uninstalling the plugin: the tables of answers go only if the administrator ticked
 * « Supprimer les données à la désinstallation » (Réglages du kit). The contents (posts of type
 * qd_content) stay in any case: they are the centre's texts.
 *
 * @package QuartiersDouaiKit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( get_option( 'qd_kit_delete_data' ) ) {
	global $wpdb;
	foreach ( array( 'ballots', 'votes', 'counters', 'imports', 'rate' ) as $qd_kit_name ) {
		$wpdb->query( 'DROP TABLE IF EXISTS ' . esc_sql( $wpdb->prefix . 'qd_' . $qd_kit_name ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- fixed table names; DROP takes no placeholder.
	}
	delete_option( 'qd_kit_db_version' );
	delete_option( 'qd_kit_rate_limit' );
	delete_option( 'qd_kit_delete_data' );
}
