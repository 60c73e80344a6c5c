<?php
/**
 * Reading routes: the contents' JSON for the elements, and a poll's public results file.
 *
 *   GET /contents/<id>        the content's JSON (application/json): published, or a draft for
 *                             those who may edit it (the editor's preview); 404 in French otherwise.
 *   GET /polls/<id>/results   the results file `<qd-poll-results>` reads (`{ version, poll,
 *                             updated, ballots }`, the format of the poll's staff export). The
 *                             ballots are given only when the poll's `results` rule allows it
 *                             today (`after-vote`: the element waits for the vote itself;
 *                             `after-close`: from the day after `closesAt`; `never`: never), so
 *                             the element says why it shows nothing; free texts only when the
 *                             content's « Réponses libres publiques » box is ticked.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the reading routes. */
function qd_kit_register_content_routes(): void {
	$id = array(
		'id' => array(
			'type'              => 'integer',
			'required'          => true,
			'sanitize_callback' => 'absint',
		),
	);
	register_rest_route(
		QD_KIT_REST_NAMESPACE,
		'/contents/(?P<id>\d+)',
		array(
			'methods'             => 'GET',
			'callback'            => 'qd_kit_rest_content',
			'permission_callback' => 'qd_kit_can_read_content',
			'args'                => $id,
		)
	);
	register_rest_route(
		QD_KIT_REST_NAMESPACE,
		'/polls/(?P<id>\d+)/results',
		array(
			'methods'             => 'GET',
			'callback'            => 'qd_kit_rest_results',
			'permission_callback' => '__return_true',
			'args'                => $id,
		)
	);
}
add_action( 'rest_api_init', 'qd_kit_register_content_routes' );

/** The public URL of a content's JSON, for the element's `src`. */
function qd_kit_content_url( int $content_id ): string {
	return rest_url( QD_KIT_REST_NAMESPACE . '/contents/' . $content_id );
}

/**
 * Published contents for everyone; drafts for those who may edit them. A 404 otherwise: a draft's
 * existence is not told.
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_can_read_content( WP_REST_Request $request ) {
	$post = get_post( (int) $request['id'] );
	if ( $post && 'qd_content' === $post->post_type && ( 'publish' === $post->post_status || current_user_can( 'edit_post', $post->ID ) ) ) {
		return true;
	}
	return qd_kit_error( 'qd_not_found', __( 'Ce contenu n’existe pas ou n’est pas publié. Vérifiez le contenu choisi dans le bloc, et qu’il est publié.', 'quartiers-douai-kit' ), 404 );
}

/**
 * Sends the JSON as saved (not re-encoded: the file the author wrote).
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_rest_content( WP_REST_Request $request ) {
	$post = get_post( (int) $request['id'] );
	$body = qd_kit_content_body( $post );
	if ( null === json_decode( $body ) ) {
		return qd_kit_error( 'qd_bad_content', __( 'Ce contenu n’est pas un JSON lisible : corrigez-le dans « Contenus du kit ».', 'quartiers-douai-kit' ), 500 );
	}
	add_filter(
		'rest_pre_serve_request',
		static function ( $served ) use ( $body ) {
			if ( ! headers_sent() ) {
				header( 'Content-Type: application/json; charset=utf-8' );
			}
			echo $body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON checked above, served as application/json.
			return true;
		}
	);
	return new WP_REST_Response( null, 200 );
}

/**
 * The stored ballots of a poll, decoded: `[ [ 'answers' => … ], … ]`.
 *
 * @param int $content_id The poll's content.
 */
function qd_kit_poll_ballots( int $content_id ): array {
	global $wpdb;
	$table = qd_kit_table( 'ballots' );
	$rows = $wpdb->get_col( $wpdb->prepare( "SELECT answers FROM $table WHERE content_id = %d ORDER BY id", $content_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	return array_map( static fn( $a ) => array( 'answers' => (object) json_decode( $a, true ) ), $rows );
}

/** The ids of a poll's free-text questions. */
function qd_kit_text_questions( array $poll ): array {
	$ids = array();
	foreach ( (array) ( $poll['questions'] ?? array() ) as $q ) {
		if ( 'text' === ( $q['type'] ?? '' ) ) {
			$ids[] = (string) $q['id'];
		}
	}
	return $ids;
}

/** Whether a poll's results may be read by everyone today (its `results` rule, by the day). */
function qd_kit_results_public( array $poll ): bool {
	$rule = $poll['results'] ?? 'after-close';
	if ( 'never' === $rule ) {
		return false;
	}
	$closed = ! empty( $poll['closesAt'] ) && qd_kit_today() > $poll['closesAt'];
	return $closed || 'after-vote' === $rule;
}

/**
 * GET /polls/<id>/results.
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_rest_results( WP_REST_Request $request ) {
	$id = (int) $request['id'];
	$poll = qd_kit_published_content( $id, 'poll' );
	if ( is_wp_error( $poll ) ) {
		return $poll;
	}
	$ballots = qd_kit_results_public( $poll ) ? qd_kit_poll_ballots( $id ) : array();
	if ( ! get_post_meta( $id, 'qd_public_texts', true ) ) {
		$texts = qd_kit_text_questions( $poll );
		foreach ( $ballots as $i => $ballot ) {
			$answers = (array) $ballot['answers'];
			foreach ( $texts as $q ) {
				unset( $answers[ $q ] );
			}
			$ballots[ $i ]['answers'] = (object) $answers;
		}
	}
	shuffle( $ballots ); // The order of arrival says nothing to the public.
	$response = new WP_REST_Response(
		array(
			'version' => 1,
			'updated' => qd_kit_today(),
			'poll'    => (object) $poll,
			'ballots' => $ballots,
		)
	);
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}
