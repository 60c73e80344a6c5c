<?php
/**
 * Counting on the server, as the poll counts (packages/poll/src/results/tally.ts): choices,
 * rankings by Borda count, scales, free texts; and the spreadsheet of the ballots with the exact
 * rule of the kit's CSV writer (packages/core/src/util/csv.ts, used by packages/poll/src/csv.ts).
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** The kit's rich text as plain text (**gras**, *italique*, [lien](https://…) → their words). */
function qd_kit_plain( string $rich ): string {
	$text = preg_replace( '/\[([^\]]*)\]\([^)]*\)/u', '$1', $rich );
	$text = preg_replace( '/(\*\*|__|\*|_)(.+?)\1/u', '$2', (string) $text );
	return trim( (string) preg_replace( '/\s+/u', ' ', (string) $text ) );
}

/** Borda points: with n choices, the 1st gets n − 1 points, …, the last 0. */
function qd_kit_borda( int $n, int $position ): int {
	return max( 0, $n - $position );
}

/**
 * The tally of one question: `respondents` and `rows` (`label`, `count` or `points`, `share`) or
 * `texts` for a free-text question.
 *
 * @param array $q       The question.
 * @param array $answers The answers given to it (one per ballot that answered).
 */
function qd_kit_tally_question( array $q, array $answers ): array {
	$labels = array();
	foreach ( (array) ( $q['choices'] ?? array() ) as $c ) {
		$labels[ (string) $c['id'] ] = qd_kit_plain( (string) ( $c['text'] ?? $c['id'] ) );
	}
	$type = (string) ( $q['type'] ?? '' );
	$respondents = 0;
	$counts = array_fill_keys( array_keys( $labels ), 0 );
	if ( 'text' === $type ) {
		$texts = array_values( array_filter( array_map( static fn( $a ) => is_string( $a ) ? trim( $a ) : '', $answers ), 'strlen' ) );
		return array(
			'type'        => $type,
			'respondents' => count( $texts ),
			'texts'       => $texts,
		);
	}
	if ( 'scale' === $type ) {
		$min = (int) ( $q['scale']['min'] ?? 0 );
		$max = (int) ( $q['scale']['max'] ?? 0 );
		$counts = array();
		for ( $v = $min; $v <= $max; $v++ ) {
			$counts[ $v ] = 0;
			$labels[ $v ] = (string) $v;
		}
	}
	foreach ( $answers as $a ) {
		if ( 'ranking' === $type ) {
			$order = array_values( array_unique( array_filter( (array) $a, static fn( $x ) => is_string( $x ) && isset( $labels[ $x ] ) ) ) );
			foreach ( $order as $i => $choice ) {
				$counts[ $choice ] += qd_kit_borda( count( $labels ), $i + 1 );
			}
		} elseif ( 'scale' === $type ) {
			$order = is_int( $a ) && isset( $counts[ $a ] ) ? array( $a ) : array();
			foreach ( $order as $value ) {
				++$counts[ $value ];
			}
		} else {
			$order = array_values( array_unique( array_filter( 'single' === $type ? array( $a ) : (array) $a, static fn( $x ) => is_string( $x ) && isset( $labels[ $x ] ) ) ) );
			foreach ( $order as $choice ) {
				++$counts[ $choice ];
			}
		}
		$respondents += $order ? 1 : 0;
	}
	$most = 'ranking' === $type ? $respondents * qd_kit_borda( count( $labels ), 1 ) : $respondents;
	$rows = array();
	foreach ( $counts as $id => $n ) {
		$rows[] = array(
			'label' => $labels[ $id ],
			'count' => $n,
			'share' => $most > 0 ? $n / $most : 0,
		);
	}
	if ( 'ranking' === $type ) {
		usort( $rows, static fn( $x, $y ) => $y['count'] <=> $x['count'] ); // Stable since PHP 8.0: ties keep the content's order.
	}
	return array(
		'type'        => $type,
		'respondents' => $respondents,
		'rows'        => $rows,
	);
}

/** « 1er », « 2e »… (the poll's French `rank` message). */
function qd_kit_rank_label( int $n ): string {
	return 1 === $n ? '1er' : $n . 'e';
}

/**
 * The ballots as a table (header, then one row per ballot): packages/poll/src/csv-table.ts.
 *
 * @param array $poll    The poll content.
 * @param array $ballots The ballots (`answers` each).
 */
function qd_kit_ballots_table( array $poll, array $ballots ): array {
	$header = array();
	foreach ( (array) $poll['questions'] as $q ) {
		$count = count( (array) ( $q['choices'] ?? array() ) );
		if ( 'ranking' === $q['type'] ) {
			for ( $i = 1; $i <= $count; $i++ ) {
				$header[] = qd_kit_plain( (string) $q['prompt'] ) . ' — ' . qd_kit_rank_label( $i );
			}
		} else {
			$header[] = qd_kit_plain( (string) $q['prompt'] );
		}
	}
	$rows = array( $header );
	foreach ( $ballots as $ballot ) {
		$answers = (array) $ballot['answers'];
		$row = array();
		foreach ( (array) $poll['questions'] as $q ) {
			$a = $answers[ $q['id'] ] ?? null;
			$label = static function ( $id ) use ( $q ) {
				foreach ( (array) ( $q['choices'] ?? array() ) as $c ) {
					if ( ( $c['id'] ?? null ) === $id ) {
						return qd_kit_plain( (string) $c['text'] );
					}
				}
				return (string) $id;
			};
			if ( 'ranking' === $q['type'] ) {
				foreach ( array_keys( (array) ( $q['choices'] ?? array() ) ) as $i ) {
					$row[] = is_array( $a ) && isset( $a[ $i ] ) ? $label( $a[ $i ] ) : '';
				}
			} elseif ( is_array( $a ) ) {
				$picked = array();
				foreach ( (array) ( $q['choices'] ?? array() ) as $c ) {
					if ( in_array( $c['id'], $a, true ) ) {
						$picked[] = $label( $c['id'] );
					}
				}
				$row[] = implode( ' | ', $picked );
			} elseif ( null === $a ) {
				$row[] = '';
			} elseif ( 'single' === $q['type'] ) {
				$row[] = $label( $a );
			} else {
				$row[] = is_int( $a ) || is_float( $a ) ? $a : (string) $a;
			}
		}
		$rows[] = $row;
	}
	return $rows;
}

/**
 * One CSV cell, the kit's rule: a text starting with = + - @ a tab or a carriage return gets a
 * leading ' (formula injection); a cell holding the separator, a quote or a line break is quoted
 * with its quotes doubled. Numbers stay numbers.
 *
 * @param string|int|float $value The cell.
 */
function qd_kit_csv_field( $value ): string {
	$v = (string) $value;
	if ( is_string( $value ) && preg_match( '/^[=+\-@\t\r]/', $v ) ) {
		$v = "'" . $v;
	}
	return ( str_contains( $v, ';' ) || preg_match( '/["\r\n]/', $v ) ) ? '"' . str_replace( '"', '""', $v ) . '"' : $v;
}

/** The CSV file: byte-order mark, `;`, CRLF. */
function qd_kit_csv( array $rows ): string {
	$lines = array_map( static fn( $r ) => implode( ';', array_map( 'qd_kit_csv_field', $r ) ), $rows );
	return "\xEF\xBB\xBF" . implode( "\r\n", $lines ) . "\r\n";
}
