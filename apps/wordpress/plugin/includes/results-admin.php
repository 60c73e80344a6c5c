<?php
/**
 * The team's screens: « Résultats » under « Kit Quartiers#Douai ». The list of the polls, votes and
 * self-checks with their counts; per content, the counts, the Borda ranking, a bar chart (SVG)
 * with its table, the free texts (Editors and above only), the exports, the import of the
 * tablets' exports and « Effacer les réponses » with a confirmation. Every screen checks the
 * capability; every action carries a nonce (results-actions.php).
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Who sees the counts. */
const QD_KIT_SEE_RESULTS = 'edit_posts';
/** Who sees the free texts, exports, imports and erases (Editors and above). */
const QD_KIT_MANAGE_RESULTS = 'edit_others_posts';

/** Adds the screen. */
function qd_kit_results_menu(): void {
	add_submenu_page( 'edit.php?post_type=qd_content', __( 'Résultats', 'quartiers-douai-kit' ), __( 'Résultats', 'quartiers-douai-kit' ), QD_KIT_SEE_RESULTS, 'qd-kit-results', 'qd_kit_results_page' );
}
add_action( 'admin_menu', 'qd_kit_results_menu' );

/** The screen's address, for one content or the list. */
function qd_kit_results_url( int $content_id = 0, array $more = array() ): string {
	$args = array_merge( array( 'post_type' => 'qd_content', 'page' => 'qd-kit-results' ), $content_id ? array( 'content' => $content_id ) : array(), $more );
	return add_query_arg( $args, admin_url( 'edit.php' ) );
}

/** The screen. */
function qd_kit_results_page(): void {
	if ( ! current_user_can( QD_KIT_SEE_RESULTS ) ) {
		wp_die( esc_html__( 'Vous n’avez pas le droit de voir les résultats.', 'quartiers-douai-kit' ), 403 );
	}
	$content_id = isset( $_GET['content'] ) ? absint( $_GET['content'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- reading a screen, no action.
	echo '<div class="wrap qd-kit-results">';
	if ( isset( $_GET['qd_done'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		printf( '<div class="notice notice-success" role="status"><p>%s</p></div>', esc_html( qd_kit_done_message( sanitize_key( $_GET['qd_done'] ), absint( $_GET['qd_count'] ?? 0 ) ) ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	}
	$error = get_transient( 'qd_kit_error_' . get_current_user_id() );
	if ( $error ) {
		delete_transient( 'qd_kit_error_' . get_current_user_id() );
		printf( '<div class="notice notice-error" role="alert"><p>%s</p></div>', esc_html( $error ) );
	}
	$post = $content_id ? get_post( $content_id ) : null;
	if ( $post && 'qd_content' === $post->post_type && current_user_can( 'read_post', $content_id ) ) {
		qd_kit_results_detail( $post );
	} else {
		qd_kit_results_list();
	}
	echo '</div>';
}

/** The message after an action. */
function qd_kit_done_message( string $done, int $count ): string {
	switch ( $done ) {
		case 'erased':
			return __( 'Les réponses ont été effacées.', 'quartiers-douai-kit' );
		case 'imported':
			/* translators: %d: number of answers added */
			return sprintf( _n( 'Export importé : %d réponse ajoutée.', 'Export importé : %d réponses ajoutées.', $count, 'quartiers-douai-kit' ), $count );
		case 'saved':
			return __( 'Réglage enregistré.', 'quartiers-douai-kit' );
		case 'known':
			return __( 'Cet export avait déjà été importé : rien n’a été compté deux fois.', 'quartiers-douai-kit' );
	}
	return '';
}

/** The list of the contents that collect. */
function qd_kit_results_list(): void {
	printf( '<h1>%s</h1>', esc_html__( 'Résultats', 'quartiers-douai-kit' ) );
	$contents = qd_kit_collecting_contents();
	if ( ! $contents ) {
		printf( '<p>%s</p>', esc_html__( 'Aucun sondage, vote ou autodiagnostic pour l’instant. Ajoutez-en un dans « Contenus du kit ».', 'quartiers-douai-kit' ) );
		return;
	}
	$kinds = array(
		'poll'          => __( 'Sondage', 'quartiers-douai-kit' ),
		'film-festival' => __( 'Vote du public', 'quartiers-douai-kit' ),
		'autodiag'      => __( 'Autodiagnostic', 'quartiers-douai-kit' ),
	);
	printf( '<table class="widefat striped"><caption class="screen-reader-text">%s</caption><thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead><tbody>', esc_html__( 'Contenus qui recueillent des réponses', 'quartiers-douai-kit' ), esc_html__( 'Contenu', 'quartiers-douai-kit' ), esc_html__( 'Type', 'quartiers-douai-kit' ), esc_html__( 'Réponses', 'quartiers-douai-kit' ) );
	foreach ( $contents as $post ) {
		$prototype = (string) get_post_meta( $post->ID, 'qd_prototype', true );
		printf(
			'<tr><th scope="row"><a href="%s">%s</a></th><td>%s</td><td>%d</td></tr>',
			esc_url( qd_kit_results_url( $post->ID ) ),
			esc_html( get_the_title( $post ) ),
			esc_html( $kinds[ $prototype ] ?? $prototype ),
			(int) qd_kit_answer_count( $post->ID, $prototype )
		);
	}
	echo '</tbody></table>';
}

/**
 * A horizontal bar chart as SVG (decorative: the table next to it carries the same numbers).
 *
 * @param array $rows `[ label, value, share 0–1 ]` each.
 */
function qd_kit_svg_bars( array $rows ): string {
	$height = 28 * count( $rows );
	$svg = sprintf( '<svg class="qd-kit-chart" width="480" height="%1$d" viewBox="0 0 480 %1$d" aria-hidden="true" focusable="false">', $height );
	foreach ( array_values( $rows ) as $i => [ $label, $value, $share ] ) {
		$y = 28 * $i;
		$svg .= sprintf(
			'<text x="0" y="%1$d" font-size="12">%2$s</text><rect x="180" y="%3$d" width="%4$d" height="18" fill="#2271b1"></rect><text x="%5$d" y="%1$d" font-size="12">%6$s</text>',
			$y + 16,
			esc_html( mb_strlen( (string) $label ) > 28 ? mb_substr( (string) $label, 0, 27 ) . '…' : (string) $label ),
			$y + 3,
			(int) round( 240 * $share ),
			188 + (int) round( 240 * $share ),
			esc_html( (string) $value )
		);
	}
	return $svg . '</svg>';
}

/** One table of counts, with its chart. */
function qd_kit_counts_table( string $caption, array $headers, array $rows ): void {
	$most = max( 1, ...array_map( static fn( $r ) => (float) $r[1], $rows ?: array( array( '', 0 ) ) ) );
	echo qd_kit_svg_bars( array_map( static fn( $r ) => array( $r[0], $r[1], $r[1] / $most ), $rows ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in qd_kit_svg_bars().
	printf( '<table class="widefat striped qd-kit-table"><caption>%s</caption><thead><tr>', esc_html( $caption ) );
	foreach ( $headers as $h ) {
		printf( '<th scope="col">%s</th>', esc_html( $h ) );
	}
	echo '</tr></thead><tbody>';
	foreach ( $rows as $r ) {
		printf( '<tr><th scope="row">%s</th>', esc_html( (string) $r[0] ) );
		foreach ( array_slice( $r, 1 ) as $cell ) {
			printf( '<td>%s</td>', esc_html( (string) $cell ) );
		}
		echo '</tr>';
	}
	echo '</tbody></table>';
}

/** One content's results. */
function qd_kit_results_detail( WP_Post $post ): void {
	$prototype = (string) get_post_meta( $post->ID, 'qd_prototype', true );
	$data = qd_kit_content_data( $post->ID );
	printf( '<p><a href="%s">%s</a></p>', esc_url( qd_kit_results_url() ), esc_html__( '← Tous les résultats', 'quartiers-douai-kit' ) );
	/* translators: %s: the content's title */
	printf( '<h1>%s</h1>', esc_html( sprintf( __( 'Résultats : %s', 'quartiers-douai-kit' ), get_the_title( $post ) ) ) );
	$count = qd_kit_answer_count( $post->ID, $prototype );
	/* translators: %d: number of answers */
	printf( '<p class="qd-kit-count" role="status">%s</p>', esc_html( sprintf( _n( '%d réponse', '%d réponses', $count, 'quartiers-douai-kit' ), $count ) ) );
	if ( isset( $_GET['confirm'] ) && current_user_can( QD_KIT_MANAGE_RESULTS ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- shows a form, which carries the nonce.
		qd_kit_erase_confirmation( $post, $count );
		return;
	}
	if ( 'poll' === $prototype ) {
		qd_kit_poll_results( $post, $data );
	} elseif ( 'film-festival' === $prototype ) {
		$rows = array_map( static fn( $r ) => array( $r['title'], $r['votes'] ), qd_kit_vote_rows( $post->ID ) );
		qd_kit_counts_table( __( 'Votes du public par film', 'quartiers-douai-kit' ), array( __( 'Film', 'quartiers-douai-kit' ), __( 'Votes', 'quartiers-douai-kit' ) ), $rows );
	} elseif ( 'autodiag' === $prototype ) {
		$rows = array_map( static fn( $r ) => array( $r[0] . ' — ' . $r[1], $r[2] ), qd_kit_counter_rows( $post->ID ) );
		qd_kit_counts_table( __( 'Niveaux atteints par domaine (comptes anonymes)', 'quartiers-douai-kit' ), array( __( 'Domaine — niveau', 'quartiers-douai-kit' ), __( 'Personnes', 'quartiers-douai-kit' ) ), $rows );
	}
	if ( current_user_can( QD_KIT_MANAGE_RESULTS ) ) {
		qd_kit_results_actions( $post, $prototype );
	}
}

/** A poll's questions, counted. */
function qd_kit_poll_results( WP_Post $post, array $poll ): void {
	$ballots = qd_kit_poll_ballots( $post->ID );
	$editor = current_user_can( QD_KIT_MANAGE_RESULTS );
	foreach ( (array) ( $poll['questions'] ?? array() ) as $q ) {
		$answers = array();
		foreach ( $ballots as $b ) {
			$a = (array) $b['answers'];
			if ( array_key_exists( $q['id'], $a ) ) {
				$answers[] = $a[ $q['id'] ];
			}
		}
		$t = qd_kit_tally_question( $q, $answers );
		printf( '<section class="qd-kit-question"><h2>%s</h2>', esc_html( qd_kit_plain( (string) $q['prompt'] ) ) );
		/* translators: %d: number of people who answered the question */
		printf( '<p>%s</p>', esc_html( sprintf( _n( '%d personne a répondu.', '%d personnes ont répondu.', $t['respondents'], 'quartiers-douai-kit' ), $t['respondents'] ) ) );
		if ( 'text' === $t['type'] ) {
			if ( ! $editor ) {
				printf( '<p>%s</p>', esc_html__( 'Les réponses libres sont réservées aux éditeurs et aux administrateurs.', 'quartiers-douai-kit' ) );
			} elseif ( $t['texts'] ) {
				echo '<ul class="qd-kit-texts">';
				foreach ( $t['texts'] as $text ) {
					printf( '<li>%s</li>', esc_html( $text ) );
				}
				echo '</ul>';
			}
		} elseif ( 'ranking' === $t['type'] ) {
			$rows = array_map( static fn( $r ) => array( $r['label'], $r['count'], round( 100 * $r['share'] ) . ' %' ), $t['rows'] );
			qd_kit_counts_table( __( 'Classement (méthode de Borda : le 1er choix de n choix reçoit n − 1 points, le dernier 0)', 'quartiers-douai-kit' ), array( __( 'Choix', 'quartiers-douai-kit' ), __( 'Points', 'quartiers-douai-kit' ), __( 'Part du maximum', 'quartiers-douai-kit' ) ), $rows );
		} else {
			$rows = array_map( static fn( $r ) => array( $r['label'], $r['count'], round( 100 * $r['share'] ) . ' %' ), $t['rows'] );
			qd_kit_counts_table( __( 'Réponses par choix', 'quartiers-douai-kit' ), array( __( 'Choix', 'quartiers-douai-kit' ), __( 'Réponses', 'quartiers-douai-kit' ), __( 'Part', 'quartiers-douai-kit' ) ), $rows );
		}
		echo '</section>';
	}
}
