<?php
/**
 * What the team's screens and exports read: the collecting contents, and their counts.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** The prototypes whose answers the site keeps. */
const QD_KIT_COLLECTING = array( 'poll', 'film-festival', 'autodiag' );

/** The published or draft contents that collect, newest first. */
function qd_kit_collecting_contents(): array {
	return get_posts(
		array(
			'post_type'      => 'qd_content',
			'post_status'    => array( 'publish', 'draft', 'private', 'future' ),
			'posts_per_page' => 200,
			'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- an admin screen, a few contents.
				array(
					'key'     => 'qd_prototype',
					'value'   => QD_KIT_COLLECTING,
					'compare' => 'IN',
				),
			),
		)
	);
}

/** A content's decoded JSON, or an empty array. */
function qd_kit_content_data( int $content_id ): array {
	$post = get_post( $content_id );
	$data = $post ? json_decode( qd_kit_content_body( $post ), true ) : null;
	return is_array( $data ) ? $data : array();
}

/** How many answers a content has (ballots, votes, or completed self-checks). */
function qd_kit_answer_count( int $content_id, string $prototype ): int {
	global $wpdb;
	if ( 'poll' === $prototype ) {
		$table = qd_kit_table( 'ballots' );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $table WHERE content_id = %d", $content_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	if ( 'film-festival' === $prototype ) {
		$table = qd_kit_table( 'votes' );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COALESCE(SUM(votes), 0) FROM $table WHERE content_id = %d", $content_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	$table = qd_kit_table( 'counters' );
	// Every completed self-check counts once in each area: the largest area total is the number.
	return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COALESCE(MAX(n), 0) FROM (SELECT SUM(count) AS n FROM $table WHERE content_id = %d GROUP BY area) AS t", $content_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
}

/** Votes by film, in the content's order: `[ [ 'film', 'title', 'votes' ], … ]`. */
function qd_kit_vote_rows( int $content_id ): array {
	global $wpdb;
	$table = qd_kit_table( 'votes' );
	$sums = $wpdb->get_results( $wpdb->prepare( "SELECT film, SUM(votes) AS n FROM $table WHERE content_id = %d GROUP BY film", $content_id ), OBJECT_K ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	$rows = array();
	foreach ( (array) ( qd_kit_content_data( $content_id )['films'] ?? array() ) as $film ) {
		$id = (string) ( $film['id'] ?? '' );
		$rows[] = array(
			'film'  => $id,
			'title' => qd_kit_plain( (string) ( $film['title'] ?? $id ) ),
			'votes' => isset( $sums[ $id ] ) ? (int) $sums[ $id ]->n : 0,
		);
	}
	usort( $rows, static fn( $x, $y ) => $y['votes'] <=> $x['votes'] );
	return $rows;
}

/** The autodiag's counts: `[ [ area, level, count ], … ]` with the content's labels. */
function qd_kit_counter_rows( int $content_id ): array {
	global $wpdb;
	$table = qd_kit_table( 'counters' );
	$data = qd_kit_content_data( $content_id );
	$names = array();
	foreach ( (array) ( $data['areas'] ?? array() ) as $area ) {
		$names[ (string) $area['id'] ] = qd_kit_plain( (string) ( $area['title'] ?? $area['label'] ?? $area['id'] ) );
		foreach ( (array) ( $area['levels'] ?? $data['levels'] ?? array() ) as $level ) {
			$names[ $area['id'] . '/' . $level['id'] ] = qd_kit_plain( (string) ( $level['label'] ?? $level['title'] ?? $level['id'] ) );
		}
	}
	$rows = array();
	foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT area, level, count FROM $table WHERE content_id = %d ORDER BY area, level", $content_id ) ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows[] = array(
			$names[ $r->area ] ?? $r->area,
			'' === $r->level ? __( 'Non évalué', 'quartiers-douai-kit' ) : ( $names[ $r->area . '/' . $r->level ] ?? $r->level ),
			(int) $r->count,
		);
	}
	return $rows;
}

/** The kiosk exports imported for a content. */
function qd_kit_imports( int $content_id ): array {
	global $wpdb;
	$table = qd_kit_table( 'imports' );
	return $wpdb->get_results( $wpdb->prepare( "SELECT id, label, items, imported FROM $table WHERE content_id = %d ORDER BY id", $content_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
}
