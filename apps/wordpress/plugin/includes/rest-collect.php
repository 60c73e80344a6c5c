<?php
/**
 * Collection, the server the kit was missing: routes under quartiers-douai/v1 that take what the
 * elements collect, and `qd_kit_collection_attributes()` that wires an element to them.
 *
 *   POST /polls/<id>/ballots   a `<qd-poll action>` ballot `{ pollId, answers }`, with its
 *                              `Idempotency-Key` header (the poll's queue): a replay counts once.
 *   POST /votes/<id>           an audience vote `{ festival, film }` (collect.js, from `qd-vote`).
 *   POST /autodiag/<id>        an autodiag's `{ levels }` (collect.js, from `qd-complete`).
 *
 * Public routes (residents are not logged in), hence `__return_true` as permission: what protects
 * them is the content (published, of the right prototype, open today, with a privacy text), the
 * checks of the body (400 in French, nothing stored), and the per-content rate limit (429).
 * Nothing stored names a person: no IP address, no user id, no cookie, no time.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the collection routes. */
function qd_kit_register_collect_routes(): void {
	$id = array(
		'id' => array(
			'type'              => 'integer',
			'required'          => true,
			'sanitize_callback' => 'absint',
		),
	);
	register_rest_route(
		QD_KIT_REST_NAMESPACE,
		'/polls/(?P<id>\d+)/ballots',
		array(
			'methods'             => 'POST',
			'callback'            => 'qd_kit_rest_ballot',
			'permission_callback' => '__return_true',
			'args'                => $id,
		)
	);
	register_rest_route(
		QD_KIT_REST_NAMESPACE,
		'/votes/(?P<id>\d+)',
		array(
			'methods'             => 'POST',
			'callback'            => 'qd_kit_rest_vote',
			'permission_callback' => '__return_true',
			'args'                => $id,
		)
	);
	register_rest_route(
		QD_KIT_REST_NAMESPACE,
		'/autodiag/(?P<id>\d+)',
		array(
			'methods'             => 'POST',
			'callback'            => 'qd_kit_rest_autodiag',
			'permission_callback' => '__return_true',
			'args'                => $id,
		)
	);
}
add_action( 'rest_api_init', 'qd_kit_register_collect_routes' );

/**
 * POST /polls/<id>/ballots.
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_rest_ballot( WP_REST_Request $request ) {
	global $wpdb;
	$id = (int) $request['id'];
	$poll = qd_kit_published_content( $id, 'poll' );
	if ( is_wp_error( $poll ) ) {
		return $poll;
	}
	$closed = qd_kit_poll_closed( $poll );
	if ( '' !== $closed ) {
		return qd_kit_error( 'qd_closed', $closed, 403 );
	}
	$ballot = qd_kit_json_body( $request );
	if ( is_wp_error( $ballot ) ) {
		return $ballot;
	}
	$key = qd_kit_request_key( $request );
	if ( is_wp_error( $key ) ) {
		return $key;
	}
	if ( ( $ballot['pollId'] ?? null ) !== ( $poll['id'] ?? '' ) ) {
		/* translators: %s: the poll's id */
		return qd_kit_error( 'qd_other_poll', sprintf( __( 'Réponse refusée : pollId doit être « %s », l’identifiant de ce sondage. Rien n’a été gardé.', 'quartiers-douai-kit' ), (string) ( $poll['id'] ?? '' ) ) );
	}
	$problem = qd_kit_answers_problem( $poll, $ballot['answers'] ?? null );
	if ( '' !== $problem ) {
		/* translators: %s: the path and what is wrong */
		return qd_kit_error( 'qd_bad_ballot', sprintf( __( 'Réponse refusée (%s). Rien n’a été gardé.', 'quartiers-douai-kit' ), $problem ) );
	}
	$rate = qd_kit_rate_check( $id );
	if ( is_wp_error( $rate ) ) {
		return $rate;
	}
	$table = qd_kit_table( 'ballots' );
	$rows = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $table (content_id, ballot_key, answers) VALUES (%d, %s, %s)", $id, $key, wp_json_encode( (object) qd_kit_clean_answers( $ballot['answers'] ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from qd_kit_table().
	if ( false === $rows ) {
		return qd_kit_error( 'qd_db', __( 'Le site n’a pas pu garder la réponse (base de données). Elle reste sur l’appareil et repartira plus tard.', 'quartiers-douai-kit' ), 500 );
	}
	return qd_kit_accepted( 1 === $rows );
}

/**
 * POST /votes/<id>: one vote for a film; refused after the festival's last day (`dates.end`).
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_rest_vote( WP_REST_Request $request ) {
	global $wpdb;
	$id = (int) $request['id'];
	$festival = qd_kit_published_content( $id, 'film-festival' );
	if ( is_wp_error( $festival ) ) {
		return $festival;
	}
	$end = (string) ( $festival['dates']['end'] ?? '' );
	if ( '' !== $end && qd_kit_today() > $end ) {
		/* translators: %s: last day of the vote */
		return qd_kit_error( 'qd_closed', sprintf( __( 'Le vote est clos depuis le %s : votre vote n’a pas été gardé.', 'quartiers-douai-kit' ), qd_kit_format_day( $end ) ), 403 );
	}
	$vote = qd_kit_json_body( $request );
	if ( is_wp_error( $vote ) ) {
		return $vote;
	}
	$key = qd_kit_request_key( $request );
	if ( is_wp_error( $key ) ) {
		return $key;
	}
	$films = array_map( static fn( $f ) => (string) ( $f['id'] ?? '' ), (array) ( $festival['films'] ?? array() ) );
	if ( ( $vote['festival'] ?? null ) !== ( $festival['id'] ?? '' ) || ! is_string( $vote['film'] ?? null ) || ! in_array( $vote['film'], $films, true ) ) {
		return qd_kit_error( 'qd_bad_vote', __( 'Vote refusé : { "festival": identifiant du festival, "film": identifiant d’un de ses films } est attendu. Rien n’a été gardé.', 'quartiers-douai-kit' ) );
	}
	$rate = qd_kit_rate_check( $id );
	if ( is_wp_error( $rate ) ) {
		return $rate;
	}
	$table = qd_kit_table( 'votes' );
	$rows = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $table (content_id, vote_key, film, votes) VALUES (%d, %s, %s, 1)", $id, $key, $vote['film'] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	if ( false === $rows ) {
		return qd_kit_error( 'qd_db', __( 'Le site n’a pas pu garder le vote (base de données).', 'quartiers-douai-kit' ), 500 );
	}
	return qd_kit_accepted( 1 === $rows );
}

/** The level ids of each area of an autodiag content (an area's own levels, or the content's). */
function qd_kit_autodiag_levels( array $diag ): array {
	$levels = array();
	$ids = static fn( $list ) => array_map( static fn( $l ) => (string) ( $l['id'] ?? '' ), (array) $list );
	foreach ( (array) ( $diag['areas'] ?? array() ) as $area ) {
		$levels[ (string) ( $area['id'] ?? '' ) ] = $ids( $area['levels'] ?? $diag['levels'] ?? array() );
	}
	return $levels;
}

/**
 * POST /autodiag/<id>: `{ levels: { area: level | null } }`, counted by area × level (`null`:
 * « non évalué »). Anonymous counts only, never the answers.
 *
 * @param WP_REST_Request $request The request.
 */
function qd_kit_rest_autodiag( WP_REST_Request $request ) {
	global $wpdb;
	$id = (int) $request['id'];
	$diag = qd_kit_published_content( $id, 'autodiag' );
	if ( is_wp_error( $diag ) ) {
		return $diag;
	}
	$body = qd_kit_json_body( $request );
	if ( is_wp_error( $body ) ) {
		return $body;
	}
	$known = qd_kit_autodiag_levels( $diag );
	$levels = $body['levels'] ?? null;
	$bad = ! is_array( $levels ) || array() === $levels || array_is_list( $levels );
	foreach ( $bad ? array() : $levels as $area => $level ) {
		if ( ! isset( $known[ $area ] ) || ( null !== $level && ! in_array( $level, $known[ $area ], true ) ) ) {
			$bad = true;
		}
	}
	if ( $bad ) {
		return qd_kit_error( 'qd_bad_levels', __( 'Résultat refusé : { "levels": { domaine: niveau ou null } } est attendu, avec les domaines et niveaux du contenu. Rien n’a été gardé.', 'quartiers-douai-kit' ) );
	}
	$rate = qd_kit_rate_check( $id );
	if ( is_wp_error( $rate ) ) {
		return $rate;
	}
	$table = qd_kit_table( 'counters' );
	foreach ( $levels as $area => $level ) {
		$wpdb->query( $wpdb->prepare( "INSERT INTO $table (content_id, area, level, count) VALUES (%d, %s, %s, 1) ON DUPLICATE KEY UPDATE count = count + 1", $id, (string) $area, $level ?? '' ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	return qd_kit_accepted( true );
}

/** The plugin's tiny collection script (collect.js): votes and autodiag results to the site. */
function qd_kit_register_collect_script(): void {
	wp_register_script( 'qd-kit-collect', QD_KIT_URL . 'assets/collect.js', array(), QD_KIT_VERSION, true );
}
add_action( 'init', 'qd_kit_register_collect_script' );

/**
 * The attributes that send what an element collects to this site. Contract with the renderer
 * (render.php):
 *  - every key but `_scripts` is an attribute to put on the element, escaped with esc_attr()
 *    (a key here overrides the renderer's own, e.g. `src` of `qd-poll-results`: the results file);
 *  - `_scripts` lists script handles the renderer enqueues (wp_enqueue_script) with the element.
 * Empty when the content is not published or not of the element's prototype.
 *
 *  qd-poll           action = the ballots route (the poll queues, replays, and needs `privacy`);
 *  qd-poll-results   src = the public results file (the server strips what is not public);
 *  qd-audience-vote  collect="event" + data-qd-collect = the votes route + collect.js, which takes
 *                    each `qd-vote` only once the site accepted it (otherwise the element says
 *                    « Votre vote n’a pas été gardé »);
 *  qd-autodiag       data-qd-collect = the autodiag route + collect.js (anonymous levels);
 *  qd-jury-results   nothing: it merges the jurors' files on the organiser's computer.
 *
 * @param string $tag        The element, e.g. `qd-poll`.
 * @param int    $content_id The `qd_content` it shows.
 */
function qd_kit_collection_attributes( string $tag, int $content_id ): array {
	$routes = array(
		'qd-poll'          => array( 'poll', 'action', "polls/$content_id/ballots" ),
		'qd-poll-results'  => array( 'poll', 'src', "polls/$content_id/results" ),
		'qd-audience-vote' => array( 'film-festival', 'data-qd-collect', "votes/$content_id" ),
		'qd-autodiag'      => array( 'autodiag', 'data-qd-collect', "autodiag/$content_id" ),
	);
	if ( ! isset( $routes[ $tag ] ) || 'publish' !== get_post_status( $content_id ) || get_post_meta( $content_id, 'qd_prototype', true ) !== $routes[ $tag ][0] ) {
		return array();
	}
	[ , $attribute, $route ] = $routes[ $tag ];
	// Root-relative: the kit accepts an address on its own site (or https://), whatever the scheme.
	$attributes = array( $attribute => wp_make_link_relative( rest_url( QD_KIT_REST_NAMESPACE . '/' . $route ) ) );
	if ( 'data-qd-collect' === $attribute ) {
		$attributes['_scripts'] = array( 'qd-kit-collect' );
		if ( 'qd-audience-vote' === $tag ) {
			$attributes['collect'] = 'event';
		}
	}
	return $attributes;
}
