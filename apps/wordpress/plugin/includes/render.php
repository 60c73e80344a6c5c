<?php
/**
 * One renderer for the blocks and the shortcode: the element's tag, its attributes taken only
 * from the settings its manifest declares (assets/elements.json), each value checked against its
 * kind and escaped; `src` is the content's address on this site; the collection wiring
 * (`qd_kit_collection_attributes`, rest-collect.php) sends what the element collects to this site.
 * No HTML from users is ever printed.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Whether a block or shortcode value means « on » (true, "true", "1", "oui", "yes", or a bare flag). */
function qd_kit_is_on( $value ): bool {
	return true === $value || 1 === $value || ( is_string( $value ) && in_array( strtolower( $value ), array( 'true', '1', 'oui', 'yes', 'on' ), true ) );
}

/**
 * An element's HTML attributes from block or shortcode values: only its declared settings, each
 * value checked against its kind; anything else is ignored.
 *
 * @param array $element    The element (qd_kit_element()).
 * @param array $attributes The block's attributes or the shortcode's.
 * @return array<string,string> Attribute name → value ('' for a bare boolean attribute).
 */
function qd_kit_element_attributes( array $element, array $attributes ): array {
	$html = array();
	foreach ( $element['settings'] as $setting ) {
		$name = $setting['name'];
		if ( ! array_key_exists( $name, $attributes ) || ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) ) {
			continue;
		}
		$value = $attributes[ $name ];
		switch ( $setting['kind'] ) {
			case 'boolean':
				if ( qd_kit_is_on( $value ) ) {
					$html[ $name ] = '';
				}
				break;
			case 'choice':
				if ( qd_kit_is_on( $value ) ) {
					$html[ $name ] = '';
				} elseif ( false === $value || ( is_string( $value ) && in_array( strtolower( $value ), array( 'false', '0', 'non', 'no', 'off' ), true ) ) ) {
					$html[ $name ] = 'false';
				}
				break;
			case 'number':
				if ( is_numeric( $value ) ) {
					$html[ $name ] = (string) ( 0 + $value );
				}
				break;
			case 'enum':
				if ( is_string( $value ) && in_array( $value, $setting['options'], true ) ) {
					$html[ $name ] = $value;
				}
				break;
			default:
				if ( is_scalar( $value ) && '' !== (string) $value ) {
					$html[ $name ] = (string) $value;
				}
		}
	}
	return $html;
}

/**
 * The HTML of an element for a content, and its scripts enqueued. '' for an unknown tag; for a
 * block with no content yet, nothing on the site's pages (the editor shows why).
 *
 * @param string $tag        The element, e.g. `qd-quiz`.
 * @param array  $attributes Block or shortcode values (`content` = a `qd_content` id).
 * @param string $wrapper    Attributes of a wrapping `<div>` (the block's), or '' for none.
 */
function qd_kit_render_element( string $tag, array $attributes, string $wrapper = '' ): string {
	$element = qd_kit_element( $tag );
	if ( null === $element ) {
		return '';
	}
	$content_id = isset( $attributes['content'] ) ? absint( $attributes['content'] ) : 0;
	if ( 0 === $content_id ) {
		return '';
	}
	$html    = qd_kit_element_attributes( $element, $attributes );
	$scripts = array();
	if ( function_exists( 'qd_kit_content_url' ) ) {
		$html['src'] = qd_kit_content_url( $content_id );
	}
	if ( function_exists( 'qd_kit_collection_attributes' ) ) {
		$collect = qd_kit_collection_attributes( $tag, $content_id );
		$scripts = (array) ( $collect['_scripts'] ?? array() );
		unset( $collect['_scripts'] );
		foreach ( $collect as $name => $value ) {
			if ( is_string( $name ) && preg_match( '/^[a-z][a-z0-9-]*$/', $name ) ) {
				$html[ $name ] = (string) $value;
			}
		}
	}
	qd_kit_enqueue_entry( $element['entry'] );
	foreach ( $scripts as $handle ) {
		wp_enqueue_script( (string) $handle );
	}
	$out = '<' . $tag;
	foreach ( $html as $name => $value ) {
		$out .= '' === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$out .= '></' . $tag . '>';
	return '' === $wrapper ? $out : '<div ' . $wrapper . '>' . $out . '</div>';
}
