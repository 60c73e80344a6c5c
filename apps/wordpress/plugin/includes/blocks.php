<?php
/**
 * One block per element (`quartiers-douai/quiz`, `quartiers-douai/poll-results`…), registered from
 * the block.json files the build generates from the kit's manifests (assets/blocks/<name>/), all
 * rendered on the server by render.php, so an Editor (no « unfiltered_html ») places them. The
 * editor script (assets/blocks-editor.js) draws the sidebar from the same settings and a live
 * preview with the runtime itself.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** The blocks' own category in the inserter. */
add_filter(
	'block_categories_all',
	static function ( array $categories ): array {
		$categories[] = array(
			'slug'  => 'quartiers-douai',
			'title' => __( 'Kit Quartiers#Douai', 'quartiers-douai-kit' ),
			'icon'  => 'groups',
		);
		return $categories;
	}
);

/** Registers the editor script, then every block. */
function qd_kit_register_blocks(): void {
	wp_register_script(
		'qd-kit-blocks-editor',
		QD_KIT_URL . 'assets/blocks-editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-api-fetch' ),
		QD_KIT_VERSION,
		true
	);
	foreach ( qd_kit_elements() as $element ) {
		$dir = QD_KIT_DIR . 'assets/blocks/' . substr( $element['block'], strlen( 'quartiers-douai/' ) );
		if ( ! is_readable( $dir . '/block.json' ) ) {
			continue;
		}
		$tag = $element['tag'];
		register_block_type(
			$dir,
			array(
				'render_callback' => static fn( array $attributes ) => qd_kit_render_element( $tag, $attributes, get_block_wrapper_attributes() ),
			)
		);
	}
}
add_action( 'init', 'qd_kit_register_blocks' );

/**
 * What the block editor needs: the elements and their settings, the runtime's address, the
 * library's contents (to pick one), and each published content's collection wiring (so the
 * preview behaves as the page will).
 */
function qd_kit_editor_data(): array {
	$contents = array();
	$collect  = array();
	$posts    = get_posts(
		array(
			'post_type'   => 'qd_content',
			'post_status' => array( 'publish', 'draft', 'pending', 'future', 'private' ),
			'numberposts' => 500,
			'orderby'     => 'title',
			'order'       => 'ASC',
		)
	);
	foreach ( $posts as $post ) {
		$prototype  = (string) get_post_meta( $post->ID, 'qd_prototype', true );
		$contents[] = array(
			'id'        => $post->ID,
			'title'     => get_the_title( $post ),
			'prototype' => $prototype,
			'status'    => $post->post_status,
		);
		if ( function_exists( 'qd_kit_collection_attributes' ) ) {
			foreach ( qd_kit_elements() as $element ) {
				if ( $element['prototype'] === $prototype ) {
					$attributes = qd_kit_collection_attributes( $element['tag'], $post->ID );
					unset( $attributes['_scripts'] );
					if ( $attributes ) {
						$collect[ $post->ID ][ $element['tag'] ] = $attributes;
					}
				}
			}
		}
	}
	return array(
		'elements'   => qd_kit_elements(),
		'kitUrl'     => QD_KIT_URL . 'assets/kit/',
		'contents'   => $contents,
		'collect'    => $collect,
		'restPath'   => '/quartiers-douai/v1/contents/',
		'libraryUrl' => admin_url( 'edit.php?post_type=qd_content' ),
		'newUrl'     => admin_url( 'post-new.php?post_type=qd_content' ),
	);
}

add_action(
	'enqueue_block_editor_assets',
	static function (): void {
		wp_add_inline_script( 'qd-kit-blocks-editor', 'window.qdKitEditor = ' . wp_json_encode( qd_kit_editor_data() ) . ';', 'before' );
	}
);
