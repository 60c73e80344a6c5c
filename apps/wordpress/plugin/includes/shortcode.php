<?php
/**
 * `[quartiers-douai tag="qd-quiz" content="123"]` for classic-editor sites: everything the block
 * does, through the same renderer (attributes whitelisted by the element's manifest, collection
 * wiring included). A bare flag works too: `[quartiers-douai tag="qd-poll" content="12" kiosk]`.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's HTML.
 *
 * @param array|string $atts The shortcode's attributes (WordPress lowercases their names).
 */
function qd_kit_shortcode( $atts ): string {
	$atts = is_array( $atts ) ? $atts : array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			$atts[ strtolower( $value ) ] = 'true';
			unset( $atts[ $key ] );
		}
	}
	$tag = isset( $atts['tag'] ) ? strtolower( (string) $atts['tag'] ) : '';
	if ( '' !== $tag && ! str_starts_with( $tag, 'qd-' ) ) {
		$tag = 'qd-' . $tag;
	}
	return qd_kit_render_element( $tag, $atts );
}
add_shortcode( 'quartiers-douai', 'qd_kit_shortcode' );
