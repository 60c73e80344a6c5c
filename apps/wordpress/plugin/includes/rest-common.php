<?php
/**
 * What the REST routes share: the namespace, French errors, the content a route serves or
 * collects for, the site's day, the body read with a size limit, the per-content rate limit.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

const QD_KIT_REST_NAMESPACE = 'quartiers-douai/v1';

/** Largest body a collection route reads (a ballot with long free texts is far below). */
const QD_KIT_MAX_BODY = 65536;

/** A refusal in French; nothing was stored. */
function qd_kit_error( string $code, string $message, int $status = 400 ): WP_Error {
	return new WP_Error( $code, $message, array( 'status' => $status ) );
}

/** The day on the site's clock, AAAA-MM-JJ (the kit's dates are days, both ends included). */
function qd_kit_today(): string {
	return (string) apply_filters( 'qd_kit_today', wp_date( 'Y-m-d' ) );
}

/** « 20 décembre 2026 » from AAAA-MM-JJ. */
function qd_kit_format_day( string $day ): string {
	$time = strtotime( $day . ' 12:00:00' );
	return $time ? date_i18n( 'j F Y', $time ) : $day;
}

/**
 * A published content of one prototype, decoded; a French WP_Error otherwise.
 *
 * @param int    $id        The `qd_content` post id.
 * @param string $prototype The prototype the route is for (`poll`, `film-festival`, `autodiag`).
 */
function qd_kit_published_content( int $id, string $prototype ) {
	$post = get_post( $id );
	if ( ! $post || 'qd_content' !== $post->post_type || 'publish' !== $post->post_status ) {
		return qd_kit_error( 'qd_not_found', __( 'Ce contenu n’existe pas ou n’est pas publié.', 'quartiers-douai-kit' ), 404 );
	}
	if ( get_post_meta( $id, 'qd_prototype', true ) !== $prototype ) {
		return qd_kit_error( 'qd_wrong_prototype', __( 'Ce contenu n’est pas de ce type : vérifiez le contenu choisi dans le bloc.', 'quartiers-douai-kit' ), 404 );
	}
	$data = json_decode( qd_kit_content_body( $post ), true );
	if ( ! is_array( $data ) ) {
		return qd_kit_error( 'qd_bad_content', __( 'Le contenu publié n’est pas un JSON lisible : corrigez-le dans « Contenus du kit ».', 'quartiers-douai-kit' ), 500 );
	}
	return $data;
}

/**
 * The body of a collection request as a JSON object; a French 400 when it is too big or not JSON.
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_json_body( WP_REST_Request $request ) {
	$raw = (string) $request->get_body();
	if ( strlen( $raw ) > QD_KIT_MAX_BODY ) {
		return qd_kit_error( 'qd_too_big', __( 'Réponse refusée : elle est trop longue (64 Ko au plus). Rien n’a été gardé.', 'quartiers-douai-kit' ) );
	}
	$data = json_decode( $raw, true, 16 );
	if ( ! is_array( $data ) || array_is_list( $data ) ) {
		return qd_kit_error( 'qd_not_json', __( 'Réponse refusée : ce n’est pas un objet JSON lisible. Rien n’a été gardé.', 'quartiers-douai-kit' ) );
	}
	return $data;
}

/**
 * The key that makes a replay count once: the `Idempotency-Key` header the poll's queue sends
 * (hashed, so that its length is fixed), or a random one when the client sent none.
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_request_key( WP_REST_Request $request ) {
	$key = (string) $request->get_header( 'idempotency-key' );
	if ( '' === $key ) {
		return hash( 'sha256', wp_generate_password( 32, false ) );
	}
	if ( ! preg_match( '/^[A-Za-z0-9_\-]{8,128}$/', $key ) ) {
		return qd_kit_error( 'qd_bad_key', __( 'Réponse refusée : la clé « Idempotency-Key » doit faire de 8 à 128 lettres, chiffres, - ou _. Rien n’a été gardé.', 'quartiers-douai-kit' ) );
	}
	return hash( 'sha256', $key );
}

/**
 * The per-content rate limit: at most `qd_kit_rate_limit` requests a minute for one content
 * (option, 600 by default; filter `qd_kit_rate_limit`). Counted in the database, atomically.
 *
 * @param int $content_id The content.
 * @return true|WP_Error
 */
function qd_kit_rate_check( int $content_id ) {
	global $wpdb;
	$table = qd_kit_table( 'rate' );
	$slot = (int) floor( time() / 60 );
	$limit = (int) apply_filters( 'qd_kit_rate_limit', (int) get_option( 'qd_kit_rate_limit', 600 ), $content_id );
	$wpdb->query( $wpdb->prepare( "INSERT INTO $table (content_id, slot, hits) VALUES (%d, %d, 1) ON DUPLICATE KEY UPDATE hits = hits + 1", $content_id, $slot ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from qd_kit_table().
	$hits = (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM $table WHERE content_id = %d AND slot = %d", $content_id, $slot ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	if ( 1 === $hits ) {
		$wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE slot < %d", $slot - 10 ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	if ( $hits > $limit ) {
		return qd_kit_error( 'qd_rate_limited', __( 'Trop de réponses en même temps pour ce contenu : réessayez dans une minute. Rien n’a été gardé.', 'quartiers-douai-kit' ), 429 );
	}
	return true;
}

/** Answers of the collection routes: the status only (nothing to read back). */
function qd_kit_accepted( bool $new ): WP_REST_Response {
	return new WP_REST_Response( array( 'status' => $new ? 'recu' : 'deja-recu' ), $new ? 201 : 200 );
}

/**
 * WordPress refuses a body that is not JSON before the route runs, in English: say it in French,
 * as every other refusal of the kit's routes.
 *
 * @param mixed           $response The response so far.
 * @param array           $handler  The route's handler.
 * @param WP_REST_Request $request  The request.
 */
function qd_kit_french_json_error( $response, $handler, WP_REST_Request $request ) {
	if ( is_wp_error( $response ) && 'rest_invalid_json' === $response->get_error_code() && str_starts_with( $request->get_route(), '/' . QD_KIT_REST_NAMESPACE . '/' ) ) {
		return qd_kit_error( 'qd_not_json', __( 'Réponse refusée : ce n’est pas un objet JSON lisible. Rien n’a été gardé.', 'quartiers-douai-kit' ) );
	}
	return $response;
}
add_filter( 'rest_request_after_callbacks', 'qd_kit_french_json_error', 10, 3 );
