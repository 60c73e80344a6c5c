<?php
/**
 * The team's actions on results, each behind a capability and a nonce (admin-post.php):
 * CSV and JSON exports, the import of the tablets' exports (merged without double counting),
 * « Effacer les réponses » after a confirmation screen.
 *
 * Import: a poll's staff export (`{ poll, ballots }`, « Télécharger les réponses (JSON) » of a
 * `<qd-poll keep-ballots>` tablet) or a vote's count (`{ festival, votes: [ { film, votes } ] }`,
 * « Télécharger le décompte (JSON) » of a `<qd-audience-vote kiosk>`). Each export is known by
 * its fingerprint (its ballots or counts, whatever their order and the export's date): the same
 * export imported twice, from one computer or two, counts once.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** The buttons and forms of a content's results (Editors and above). */
function qd_kit_results_actions( WP_Post $post, string $prototype ): void {
	$export = static fn( $format ) => wp_nonce_url( admin_url( 'admin-post.php?action=qd_kit_export&format=' . $format . '&content=' . $post->ID ), 'qd_kit_export_' . $post->ID );
	printf( '<h2>%s</h2><p>', esc_html__( 'Exporter', 'quartiers-douai-kit' ) );
	printf( '<a class="button" href="%s">%s</a> ', esc_url( $export( 'csv' ) ), esc_html__( 'Télécharger en CSV (tableur)', 'quartiers-douai-kit' ) );
	if ( 'autodiag' !== $prototype ) {
		printf( '<a class="button" href="%s">%s</a>', esc_url( $export( 'json' ) ), esc_html__( 'Télécharger en JSON', 'quartiers-douai-kit' ) );
	}
	echo '</p>';
	if ( 'autodiag' !== $prototype ) {
		printf( '<h2>%s</h2>', esc_html__( 'Importer les exports des tablettes', 'quartiers-douai-kit' ) );
		printf( '<p>%s</p>', esc_html__( 'Le fichier JSON téléchargé dans l’espace de l’équipe de chaque tablette. Un même export importé deux fois ne compte qu’une fois.', 'quartiers-douai-kit' ) );
		printf( '<form method="post" enctype="multipart/form-data" action="%s">', esc_url( admin_url( 'admin-post.php' ) ) );
		wp_nonce_field( 'qd_kit_import_' . $post->ID );
		printf( '<input type="hidden" name="action" value="qd_kit_import"><input type="hidden" name="content" value="%d">', (int) $post->ID );
		printf( '<p><label for="qd-kit-file">%s</label><br><input type="file" id="qd-kit-file" name="qd_file" accept=".json,application/json" required></p>', esc_html__( 'Fichier d’export (.json)', 'quartiers-douai-kit' ) );
		printf( '<p><label for="qd-kit-label">%s</label><br><input type="text" id="qd-kit-label" name="qd_label" class="regular-text"></p>', esc_html__( 'Tablette (facultatif, par exemple « Accueil »)', 'quartiers-douai-kit' ) );
		printf( '<p><button type="submit" class="button">%s</button></p></form>', esc_html__( 'Importer', 'quartiers-douai-kit' ) );
		$imports = qd_kit_imports( $post->ID );
		if ( $imports ) {
			printf( '<table class="widefat striped"><caption>%s</caption><thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead><tbody>', esc_html__( 'Exports déjà importés', 'quartiers-douai-kit' ), esc_html__( 'Tablette', 'quartiers-douai-kit' ), esc_html__( 'Réponses', 'quartiers-douai-kit' ), esc_html__( 'Importé le', 'quartiers-douai-kit' ) );
			foreach ( $imports as $import ) {
				printf( '<tr><td>%s</td><td>%d</td><td>%s</td></tr>', esc_html( $import->label ?: '—' ), (int) $import->items, esc_html( qd_kit_format_day( $import->imported ) ) );
			}
			echo '</tbody></table>';
		}
	}
	if ( 'poll' === $prototype ) {
		printf( '<h2>%s</h2><form method="post" action="%s">', esc_html__( 'Résultats publics', 'quartiers-douai-kit' ), esc_url( admin_url( 'admin-post.php' ) ) );
		wp_nonce_field( 'qd_kit_public_texts_' . $post->ID );
		printf( '<input type="hidden" name="action" value="qd_kit_public_texts"><input type="hidden" name="content" value="%d">', (int) $post->ID );
		printf(
			'<p><input type="checkbox" id="qd-kit-public-texts" name="qd_public_texts" value="1" %s> <label for="qd-kit-public-texts">%s</label></p>',
			checked( (bool) get_post_meta( $post->ID, 'qd_public_texts', true ), true, false ),
			esc_html__( 'Réponses libres publiques : montrer les réponses libres dans les résultats que le site publie (bloc « Résultats du sondage »). Sans cette case, seule l’équipe les voit.', 'quartiers-douai-kit' )
		);
		printf( '<p><button type="submit" class="button">%s</button></p></form>', esc_html__( 'Enregistrer', 'quartiers-douai-kit' ) );
	}
	printf( '<h2>%s</h2>', esc_html__( 'Effacer', 'quartiers-douai-kit' ) );
	printf( '<p><a class="button button-link-delete" href="%s">%s</a></p>', esc_url( qd_kit_results_url( $post->ID, array( 'confirm' => 'erase' ) ) ), esc_html__( 'Effacer les réponses', 'quartiers-douai-kit' ) );
}

/** The confirmation screen of « Effacer les réponses ». */
function qd_kit_erase_confirmation( WP_Post $post, int $count ): void {
	printf( '<h2>%s</h2>', esc_html__( 'Effacer les réponses ?', 'quartiers-douai-kit' ) );
	/* translators: 1: number of answers, 2: content title */
	printf( '<p>%s</p>', esc_html( sprintf( _n( '%1$d réponse de « %2$s » sera effacée du site, sans retour possible. Téléchargez-la d’abord si vous voulez la garder.', '%1$d réponses de « %2$s » seront effacées du site, sans retour possible. Téléchargez-les d’abord si vous voulez les garder.', $count, 'quartiers-douai-kit' ), $count, get_the_title( $post ) ) ) );
	printf( '<form method="post" action="%s">', esc_url( admin_url( 'admin-post.php' ) ) );
	wp_nonce_field( 'qd_kit_erase_' . $post->ID );
	printf( '<input type="hidden" name="action" value="qd_kit_erase"><input type="hidden" name="content" value="%d">', (int) $post->ID );
	printf( '<p><button type="submit" class="button button-primary">%s</button> <a class="button" href="%s">%s</a></p></form>', esc_html__( 'Oui, effacer les réponses', 'quartiers-douai-kit' ), esc_url( qd_kit_results_url( $post->ID ) ), esc_html__( 'Annuler', 'quartiers-douai-kit' ) );
}

/**
 * The content an action is for, once the capability and the nonce are checked.
 *
 * @param string $action The nonce's action prefix.
 */
function qd_kit_action_content( string $action ): WP_Post {
	$id = absint( $_REQUEST['content'] ?? 0 ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- checked just below.
	check_admin_referer( $action . '_' . $id );
	$post = get_post( $id );
	if ( ! current_user_can( QD_KIT_MANAGE_RESULTS ) || ! $post || 'qd_content' !== $post->post_type || ! current_user_can( 'read_post', $id ) ) {
		wp_die( esc_html__( 'Vous n’avez pas le droit de faire cela.', 'quartiers-douai-kit' ), 403 );
	}
	return $post;
}

/** Sends a file to download. */
function qd_kit_download( string $name, string $type, string $body ): void {
	nocache_headers();
	header( 'Content-Type: ' . $type . '; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="' . sanitize_file_name( $name ) . '"' );
	echo $body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a file, not HTML.
	exit;
}

/** admin-post.php?action=qd_kit_export&format=csv|json&content=… */
function qd_kit_handle_export(): void {
	$post = qd_kit_action_content( 'qd_kit_export' );
	$format = 'json' === ( $_GET['format'] ?? '' ) ? 'json' : 'csv'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- checked in qd_kit_action_content().
	$prototype = (string) get_post_meta( $post->ID, 'qd_prototype', true );
	$data = qd_kit_content_data( $post->ID );
	$name = ( $data['id'] ?? $post->post_name ) . ( 'film-festival' === $prototype ? '-votes' : '' ) . '.' . $format;
	if ( 'poll' === $prototype ) {
		$ballots = qd_kit_poll_ballots( $post->ID );
		$body = 'csv' === $format ? qd_kit_csv( qd_kit_ballots_table( $data, $ballots ) ) : wp_json_encode(
			array(
				'version' => 1,
				'updated' => qd_kit_today(),
				'poll'    => $data,
				'ballots' => $ballots,
			),
			JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
		);
	} elseif ( 'film-festival' === $prototype ) {
		$rows = qd_kit_vote_rows( $post->ID );
		$body = 'csv' === $format ? qd_kit_csv( array_merge( array( array( 'Film', 'Votes' ) ), array_map( static fn( $r ) => array( $r['title'], $r['votes'] ), $rows ) ) ) : wp_json_encode(
			array(
				'festival' => $data['id'] ?? '',
				'title'    => qd_kit_plain( (string) ( $data['title'] ?? '' ) ),
				'total'    => array_sum( array_column( $rows, 'votes' ) ),
				'votes'    => $rows,
			),
			JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
		);
	} else {
		$body = qd_kit_csv( array_merge( array( array( 'Domaine', 'Niveau', 'Personnes' ) ), qd_kit_counter_rows( $post->ID ) ) );
	}
	qd_kit_download( $name, 'csv' === $format ? 'text/csv' : 'application/json', (string) $body );
}
add_action( 'admin_post_qd_kit_export', 'qd_kit_handle_export' );

/** admin-post.php, action=qd_kit_erase (POST, after the confirmation screen). */
function qd_kit_handle_erase(): void {
	global $wpdb;
	$post = qd_kit_action_content( 'qd_kit_erase' );
	foreach ( array( 'ballots', 'votes', 'counters', 'imports' ) as $name ) {
		$table = qd_kit_table( $name );
		$wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE content_id = %d", $post->ID ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	wp_safe_redirect( qd_kit_results_url( $post->ID, array( 'qd_done' => 'erased' ) ) );
	exit;
}
add_action( 'admin_post_qd_kit_erase', 'qd_kit_handle_erase' );

/** admin-post.php, action=qd_kit_public_texts (POST): the « Réponses libres publiques » box. */
function qd_kit_handle_public_texts(): void {
	$post = qd_kit_action_content( 'qd_kit_public_texts' );
	update_post_meta( $post->ID, 'qd_public_texts', ! empty( $_POST['qd_public_texts'] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in qd_kit_action_content().
	wp_safe_redirect( qd_kit_results_url( $post->ID, array( 'qd_done' => 'saved' ) ) );
	exit;
}
add_action( 'admin_post_qd_kit_public_texts', 'qd_kit_handle_public_texts' );

/** Sorts the keys of every object, so that an export's fingerprint ignores the order of keys. */
function qd_kit_canonical( $value ) {
	if ( is_array( $value ) ) {
		if ( ! array_is_list( $value ) ) {
			ksort( $value );
		}
		return array_map( 'qd_kit_canonical', $value );
	}
	return $value;
}

/** admin-post.php, action=qd_kit_import (POST, multipart). */
function qd_kit_handle_import(): void {
	$post = qd_kit_action_content( 'qd_kit_import' );
	$back = static fn( $args ) => wp_safe_redirect( qd_kit_results_url( $post->ID, $args ) ) && exit;
	$file = $_FILES['qd_file']['tmp_name'] ?? ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- a temporary path, read only.
	$raw = ( $file && is_uploaded_file( $file ) && filesize( $file ) <= 5 * MB_IN_BYTES ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	$export = json_decode( $raw, true );
	$label = sanitize_text_field( wp_unslash( $_POST['qd_label'] ?? '' ) );
	$result = is_array( $export ) ? qd_kit_import_export( $post, $export, $label ) : __( 'Import refusé : le fichier n’est pas un export JSON lisible (5 Mo au plus).', 'quartiers-douai-kit' );
	if ( is_string( $result ) ) {
		// The reason goes by a transient, not the address: a link cannot put words in this screen.
		set_transient( 'qd_kit_error_' . get_current_user_id(), $result, 5 * MINUTE_IN_SECONDS );
		$back( array( 'qd_error' => 1 ) );
	}
	$back( $result > 0 ? array( 'qd_done' => 'imported', 'qd_count' => $result ) : array( 'qd_done' => 'known' ) );
}
add_action( 'admin_post_qd_kit_import', 'qd_kit_handle_import' );

/**
 * Imports one tablet's export: the number of answers added (0: already imported), or the French
 * reason of a refusal (then nothing is stored).
 *
 * @param WP_Post $post   The content.
 * @param array   $export The decoded export.
 * @param string  $label  The tablet's name, as the team typed it.
 * @return int|string
 */
function qd_kit_import_export( WP_Post $post, array $export, string $label ) {
	global $wpdb;
	$prototype = (string) get_post_meta( $post->ID, 'qd_prototype', true );
	$data = qd_kit_content_data( $post->ID );
	$items = array();
	if ( 'poll' === $prototype ) {
		if ( ( $export['poll']['id'] ?? null ) !== ( $data['id'] ?? '' ) || ! is_array( $export['ballots'] ?? null ) ) {
			return __( 'Import refusé : ce fichier n’est pas un export des réponses de ce sondage (identifiant différent).', 'quartiers-douai-kit' );
		}
		foreach ( array_values( $export['ballots'] ) as $i => $ballot ) {
			$problem = qd_kit_answers_problem( $data, $ballot['answers'] ?? null );
			if ( '' !== $problem ) {
				/* translators: 1: ballot number, 2: what is wrong */
				return sprintf( __( 'Import refusé, rien n’a été gardé : ballots[%1$d].%2$s', 'quartiers-douai-kit' ), $i, $problem );
			}
			$items[] = wp_json_encode( qd_kit_canonical( (array) $ballot['answers'] ) );
		}
		sort( $items );
	} elseif ( 'film-festival' === $prototype ) {
		$films = array_map( static fn( $f ) => (string) $f['id'], (array) ( $data['films'] ?? array() ) );
		if ( ( $export['festival'] ?? null ) !== ( $data['id'] ?? '' ) || ! is_array( $export['votes'] ?? null ) ) {
			return __( 'Import refusé : ce fichier n’est pas un décompte des votes de ce festival (identifiant différent).', 'quartiers-douai-kit' );
		}
		foreach ( $export['votes'] as $row ) {
			if ( ! in_array( $row['film'] ?? null, $films, true ) || ! is_int( $row['votes'] ?? null ) || $row['votes'] < 0 ) {
				return __( 'Import refusé, rien n’a été gardé : chaque ligne de « votes » doit donner un film du festival et un nombre de votes.', 'quartiers-douai-kit' );
			}
			$items[ $row['film'] ] = ( $items[ $row['film'] ] ?? 0 ) + $row['votes'];
		}
		ksort( $items );
	} else {
		return __( 'Import refusé : seuls les sondages et les votes du public ont des exports de tablette.', 'quartiers-douai-kit' );
	}
	$fingerprint = hash( 'sha256', wp_json_encode( $items ) );
	$imports = qd_kit_table( 'imports' );
	$wpdb->query( 'START TRANSACTION' );
	$new = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $imports (content_id, fingerprint, label, items, imported) VALUES (%d, %s, %s, %d, %s)", $post->ID, $fingerprint, $label, 'poll' === $prototype ? count( $items ) : array_sum( $items ), qd_kit_today() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	if ( 1 !== $new ) {
		$wpdb->query( 'ROLLBACK' );
		return 0;
	}
	$import_id = (int) $wpdb->insert_id;
	$added = 0;
	foreach ( $items as $key => $item ) {
		if ( 'poll' === $prototype ) {
			$table = qd_kit_table( 'ballots' );
			$wpdb->query( $wpdb->prepare( "INSERT INTO $table (content_id, ballot_key, import_id, answers) VALUES (%d, %s, %d, %s)", $post->ID, hash( 'sha256', $fingerprint . ':' . $key ), $import_id, $item ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			++$added;
		} elseif ( $item > 0 ) {
			$table = qd_kit_table( 'votes' );
			$wpdb->query( $wpdb->prepare( "INSERT INTO $table (content_id, vote_key, import_id, film, votes) VALUES (%d, %s, %d, %s, %d)", $post->ID, hash( 'sha256', $fingerprint . ':' . $key ), $import_id, $key, $item ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$added += $item;
		}
	}
	$wpdb->query( 'COMMIT' );
	return $added;
}
