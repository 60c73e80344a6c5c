<?php
/**
 * The content library: the post type `qd_content` (« Contenus du kit »). Its body (post_content)
 * is the content's JSON; the meta `qd_prototype` names the package (`quiz`, `poll`…). Revisions
 * keep every version. The server refuses to publish a body that is not JSON or whose prototype is
 * unknown: the post stays a draft, and the next admin screen says why in French. Checking the
 * content against the prototype's schema happens in the editor (content-editor.php), before this.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** The prototypes a content may be for (the packages' names). */
function qd_kit_prototypes(): array {
	return array( 'quiz', 'poll', 'cv', 'parental-guide', 'scenario', 'film-festival', 'demarches', 'autodiag', 'tutos', 'agenda' );
}

/** Registers the post type and its meta. */
function qd_kit_register_content_type(): void {
	register_post_type(
		'qd_content',
		array(
			'labels'          => array(
				'name'               => __( 'Contenus du kit', 'quartiers-douai-kit' ),
				'singular_name'      => __( 'Contenu du kit', 'quartiers-douai-kit' ),
				'menu_name'          => __( 'Kit Quartiers#Douai', 'quartiers-douai-kit' ),
				'all_items'          => __( 'Contenus du kit', 'quartiers-douai-kit' ),
				'add_new'            => __( 'Ajouter', 'quartiers-douai-kit' ),
				'add_new_item'       => __( 'Ajouter un contenu', 'quartiers-douai-kit' ),
				'edit_item'          => __( 'Modifier le contenu', 'quartiers-douai-kit' ),
				'new_item'           => __( 'Nouveau contenu', 'quartiers-douai-kit' ),
				'search_items'       => __( 'Chercher un contenu', 'quartiers-douai-kit' ),
				'not_found'          => __( 'Aucun contenu.', 'quartiers-douai-kit' ),
				'not_found_in_trash' => __( 'Aucun contenu dans la corbeille.', 'quartiers-douai-kit' ),
			),
			'public'          => false,
			'show_ui'         => true,
			'show_in_menu'    => true,
			'show_in_rest'    => true,
			'menu_icon'       => 'dashicons-groups',
			'capability_type' => 'post',
			'map_meta_cap'    => true,
			'supports'        => array( 'title', 'editor', 'revisions', 'custom-fields' ),
		)
	);
	register_post_meta(
		'qd_content',
		'qd_prototype',
		array(
			'type'              => 'string',
			'single'            => true,
			'show_in_rest'      => true,
			'sanitize_callback' => 'sanitize_key',
			'auth_callback'     => static fn( $allowed, $key, $post_id ) => current_user_can( 'edit_post', $post_id ),
		)
	);
	register_post_meta(
		'qd_content',
		'qd_public_texts',
		array(
			'type'          => 'boolean',
			'single'        => true,
			'default'       => false,
			'show_in_rest'  => true,
			'auth_callback' => static fn( $allowed, $key, $post_id ) => current_user_can( 'edit_post', $post_id ),
		)
	);
}
add_action( 'init', 'qd_kit_register_content_type' );

/**
 * What forbids publishing a content, in French, or '' when it may be published.
 *
 * @param string $body      The post's content (the JSON).
 * @param string $prototype The meta `qd_prototype`.
 */
function qd_kit_publish_problem( string $body, string $prototype ): string {
	if ( ! in_array( $prototype, qd_kit_prototypes(), true ) ) {
		return sprintf(
			/* translators: %s: the list of prototypes */
			__( 'Contenu gardé en brouillon : choisissez le prototype du contenu (champ « qd_prototype ») parmi %s.', 'quartiers-douai-kit' ),
			implode( ', ', qd_kit_prototypes() )
		);
	}
	$data = json_decode( $body, true );
	if ( ! is_array( $data ) || array_is_list( $data ) ) {
		$error = json_last_error() === JSON_ERROR_NONE ? __( 'le texte n’est pas un objet JSON { … }', 'quartiers-douai-kit' ) : json_last_error_msg();
		return sprintf(
			/* translators: %s: what is wrong with the JSON */
			__( 'Contenu gardé en brouillon : le corps n’est pas un fichier JSON lisible (%s). Collez le fichier entier, de la première accolade { à la dernière }.', 'quartiers-douai-kit' ),
			$error
		);
	}
	return '';
}

/** The JSON of a content as saved: its body, without the spaces around it. */
function qd_kit_content_body( WP_Post $post ): string {
	return trim( (string) $post->post_content );
}

/**
 * After every save (classic editor, block editor, REST, wp_insert_post): a published content
 * whose body or prototype is wrong goes back to draft, and its author is told why.
 *
 * @param int     $post_id The content.
 * @param WP_Post $post    The content.
 */
function qd_kit_guard_publish( int $post_id, WP_Post $post ): void {
	static $running = false;
	if ( $running || qd_kit_rest_saving( $post_id ) || wp_is_post_revision( $post_id ) || ! in_array( $post->post_status, array( 'publish', 'future', 'private' ), true ) ) {
		return;
	}
	$problem = qd_kit_publish_problem( qd_kit_content_body( $post ), (string) get_post_meta( $post_id, 'qd_prototype', true ) );
	if ( '' === $problem ) {
		return;
	}
	$running = true;
	wp_update_post(
		array(
			'ID'          => $post_id,
			'post_status' => 'draft',
		)
	);
	$running = false;
	$user = get_current_user_id();
	if ( $user ) {
		set_transient( 'qd_kit_notice_' . $user, $problem, 10 * MINUTE_IN_SECONDS );
	}
}
add_action( 'save_post_qd_content', 'qd_kit_guard_publish', 99, 2 );

/**
 * Whether the REST API is saving this content (`true`/`false` for `$post_id` 0 begins/ends the
 * save): it writes the post first, then its meta, so `qd_prototype` sent in the same request is
 * not saved yet when `save_post` runs. The guard waits for `rest_after_insert_qd_content`.
 *
 * @param int       $post_id The content (0 while the REST API has not created it yet).
 * @param bool|null $saving  Sets the state; null reads it.
 */
function qd_kit_rest_saving( int $post_id, ?bool $saving = null ): bool {
	static $current = null;
	if ( null !== $saving ) {
		$current = $saving ? $post_id : null;
	}
	return null !== $current && ( 0 === $current || $current === $post_id );
}

/** The REST API is about to write a content (a new one has no id yet: 0). */
add_filter(
	'rest_pre_insert_qd_content',
	static function ( $prepared ) {
		qd_kit_rest_saving( isset( $prepared->ID ) ? (int) $prepared->ID : 0, true );
		return $prepared;
	}
);

/** The REST API saved the post and its meta: check once everything is saved. */
add_action(
	'rest_after_insert_qd_content',
	static function ( WP_Post $post ): void {
		qd_kit_rest_saving( 0, false );
		qd_kit_guard_publish( $post->ID, get_post( $post->ID ) );
	}
);

/**
 * The REST API answers with the post it had before `rest_after_insert`: say the status as saved,
 * so that an editor is not told « Publié » for a content the guard kept as a draft.
 */
add_filter(
	'rest_prepare_qd_content',
	static function ( $response, WP_Post $post ) {
		$data = $response->get_data();
		if ( is_array( $data ) && isset( $data['status'] ) ) {
			$data['status'] = get_post_status( $post->ID );
			$response->set_data( $data );
		}
		return $response;
	},
	10,
	2
);

/** The notice: why the last content was kept as a draft. */
function qd_kit_publish_notice(): void {
	$key = 'qd_kit_notice_' . get_current_user_id();
	$problem = get_transient( $key );
	if ( ! $problem ) {
		return;
	}
	delete_transient( $key );
	printf( '<div class="notice notice-error" role="alert"><p>%s</p></div>', esc_html( $problem ) );
}
add_action( 'admin_notices', 'qd_kit_publish_notice' );

/** The « Publié » message would lie after a refusal: say « Brouillon enregistré » instead. */
add_filter(
	'redirect_post_location',
	static function ( string $location, int $post_id ): string {
		if ( 'qd_content' === get_post_type( $post_id ) && 'draft' === get_post_status( $post_id ) ) {
			return add_query_arg( 'message', 10, $location );
		}
		return $location;
	},
	10,
	2
);
