<?php
/**
 * The plugin's settings (« Réglages » under « Kit Quartiers#Douai », administrators only):
 * whether uninstalling removes the answers, and the per-content rate limit.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the options. */
function qd_kit_register_settings(): void {
	register_setting(
		'qd_kit_settings',
		'qd_kit_delete_data',
		array(
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
		)
	);
	register_setting(
		'qd_kit_settings',
		'qd_kit_rate_limit',
		array(
			'type'              => 'integer',
			'default'           => 600,
			'sanitize_callback' => static fn( $v ) => max( 10, min( 100000, absint( $v ) ) ),
		)
	);
}
add_action( 'admin_init', 'qd_kit_register_settings' );

/** Adds the screen. */
function qd_kit_settings_menu(): void {
	add_submenu_page( 'edit.php?post_type=qd_content', __( 'Réglages du kit', 'quartiers-douai-kit' ), __( 'Réglages', 'quartiers-douai-kit' ), 'manage_options', 'qd-kit-settings', 'qd_kit_settings_page' );
}
add_action( 'admin_menu', 'qd_kit_settings_menu' );

/** The screen (options.php checks the capability and the nonce of settings_fields()). */
function qd_kit_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Vous n’avez pas le droit de modifier ces réglages.', 'quartiers-douai-kit' ), 403 );
	}
	printf( '<div class="wrap"><h1>%s</h1><form method="post" action="options.php">', esc_html__( 'Réglages du kit', 'quartiers-douai-kit' ) );
	settings_fields( 'qd_kit_settings' );
	printf(
		'<p><input type="checkbox" id="qd-kit-delete-data" name="qd_kit_delete_data" value="1" %s> <label for="qd-kit-delete-data">%s</label></p>',
		checked( (bool) get_option( 'qd_kit_delete_data', false ), true, false ),
		esc_html__( 'Supprimer les données à la désinstallation : les réponses des sondages, les votes et les comptes de l’autodiagnostic seront effacés avec l’extension. Sans cette case, ils restent dans la base.', 'quartiers-douai-kit' )
	);
	printf(
		'<p><label for="qd-kit-rate-limit">%s</label><br><input type="number" min="10" max="100000" id="qd-kit-rate-limit" name="qd_kit_rate_limit" value="%d" class="small-text"></p>',
		esc_html__( 'Réponses acceptées par minute pour un même contenu (au-delà, le site demande de réessayer une minute plus tard)', 'quartiers-douai-kit' ),
		(int) get_option( 'qd_kit_rate_limit', 600 )
	);
	submit_button( __( 'Enregistrer', 'quartiers-douai-kit' ) );
	echo '</form></div>';
}
