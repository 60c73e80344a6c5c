<?php
/**
 * The edit screen of a content (« Contenus du kit »): the classic screen, with one box holding
 * the prototype, the JSON body, « Importer un fichier .json » (read in the browser into the body:
 * no upload, so no MIME change and no FTP), « Choisir dans la médiathèque » (inserts a media's
 * address where the cursor is), and the live check against the prototype's schema with the kit's
 * French explanations (assets/content-editor.js): while the content is wrong, « Publier » is
 * disabled and says why, « Enregistrer le brouillon » keeps everything. The server's own guard
 * (content-type.php) still keeps a broken body from being published.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** A JSON body is not a page: the classic screen, no block editor. */
add_filter(
	'use_block_editor_for_post_type',
	static fn( bool $use, string $post_type ): bool => 'qd_content' === $post_type ? false : $use,
	10,
	2
);

/**
 * The body is edited in our box (a plain textarea: no visual editor, no paragraphs added). Only on
 * this screen: the post type keeps its « editor » support elsewhere (the REST API writes the body).
 */
function qd_kit_plain_body_screen(): void {
	global $typenow;
	$type = $typenow ? $typenow : ( isset( $_GET['post'] ) ? get_post_type( absint( $_GET['post'] ) ) : '' ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which screen, nothing changes.
	if ( 'qd_content' === $type ) {
		remove_post_type_support( 'qd_content', 'editor' );
	}
}
add_action( 'load-post.php', 'qd_kit_plain_body_screen' );
add_action( 'load-post-new.php', 'qd_kit_plain_body_screen' );

/** The prototypes a content may be for, with their names. */
function qd_kit_prototype_choices(): array {
	$names = array();
	foreach ( qd_kit_elements() as $element ) {
		$names[ $element['prototype'] ] ??= $element['title'];
	}
	$known = function_exists( 'qd_kit_prototypes' ) ? qd_kit_prototypes() : array_keys( $names );
	$out   = array();
	foreach ( $known as $prototype ) {
		$out[ $prototype ] = $names[ $prototype ] ?? $prototype;
	}
	return $out;
}

add_action(
	'add_meta_boxes_qd_content',
	static function (): void {
		add_meta_box( 'qd-kit-content', __( 'Contenu (JSON)', 'quartiers-douai-kit' ), 'qd_kit_content_box', 'qd_content', 'normal', 'high' );
	}
);

/**
 * The box: prototype, body, import, media, check.
 *
 * @param WP_Post $post The content.
 */
function qd_kit_content_box( WP_Post $post ): void {
	$current = (string) get_post_meta( $post->ID, 'qd_prototype', true );
	wp_nonce_field( 'qd_kit_content_' . $post->ID, 'qd_kit_content_nonce' );
	echo '<p><label for="qd-kit-prototype"><strong>' . esc_html__( 'Prototype', 'quartiers-douai-kit' ) . '</strong></label><br>';
	echo '<select id="qd-kit-prototype" name="qd_prototype" required>';
	echo '<option value="">' . esc_html__( '— Choisir —', 'quartiers-douai-kit' ) . '</option>';
	foreach ( qd_kit_prototype_choices() as $prototype => $title ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $prototype ), selected( $current, $prototype, false ), esc_html( $title . ' (' . $prototype . ')' ) );
	}
	echo '</select></p>';
	echo '<p class="qd-kit-tools">';
	echo '<label class="button qd-kit-import">' . esc_html__( 'Importer un fichier .json', 'quartiers-douai-kit' );
	echo '<input type="file" id="qd-kit-file" accept=".json,application/json" class="screen-reader-text"></label> ';
	echo '<button type="button" class="button" id="qd-kit-media">' . esc_html__( 'Choisir dans la médiathèque', 'quartiers-douai-kit' ) . '</button>';
	echo '</p>';
	echo '<p><label for="qd-kit-json"><strong>' . esc_html__( 'Le contenu, au format JSON', 'quartiers-douai-kit' ) . '</strong></label>';
	echo '<textarea id="qd-kit-json" name="content" rows="24" class="large-text code" spellcheck="false" aria-describedby="qd-kit-check">' . esc_textarea( $post->post_content ) . '</textarea></p>';
	echo '<div id="qd-kit-check" class="qd-kit-check" role="status" aria-live="polite"></div>';
}

/**
 * Saves the prototype (before the server's guard reads it, content-type.php, priority 99).
 *
 * @param int $post_id The content.
 */
function qd_kit_save_prototype( int $post_id ): void {
	$nonce = isset( $_POST['qd_kit_content_nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['qd_kit_content_nonce'] ) ) : '';
	if ( ! wp_verify_nonce( $nonce, 'qd_kit_content_' . $post_id ) || ! current_user_can( 'edit_post', $post_id ) || wp_is_post_revision( $post_id ) ) {
		return;
	}
	$prototype = isset( $_POST['qd_prototype'] ) ? sanitize_key( wp_unslash( $_POST['qd_prototype'] ) ) : '';
	if ( isset( qd_kit_prototype_choices()[ $prototype ] ) ) {
		update_post_meta( $post_id, 'qd_prototype', $prototype );
	}
}
add_action( 'save_post_qd_content', 'qd_kit_save_prototype', 5 );

add_action(
	'admin_enqueue_scripts',
	static function ( string $hook ): void {
		$screen = get_current_screen();
		if ( ! in_array( $hook, array( 'post.php', 'post-new.php' ), true ) || ! $screen || 'qd_content' !== $screen->post_type ) {
			return;
		}
		wp_enqueue_media();
		wp_enqueue_script( 'qd-kit-content-editor', QD_KIT_URL . 'assets/content-editor.js', array(), QD_KIT_VERSION, true );
		wp_enqueue_style( 'qd-kit-content-editor', QD_KIT_URL . 'assets/content-editor.css', array(), QD_KIT_VERSION );
	}
);
