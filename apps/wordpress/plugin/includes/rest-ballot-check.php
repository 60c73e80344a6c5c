<?php
/**
 * The poll's rules on the server (packages/poll/src/poll/answers.ts and schema.ts): a ballot is
 * `{ pollId, answers }`, an answer per question id: a choice id (single), choice ids (multiple;
 * ranking, best first), a whole number on the scale, a text of at most `maxLength` characters
 * (500 when absent). Anything else is refused with the path and what to change, in French.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Longest free text when the question sets no `maxLength` (DEFAULT_MAX_LENGTH in the poll). */
const QD_KIT_DEFAULT_MAX_LENGTH = 500;

/**
 * What is wrong with a poll's answers, in French, or '' when they fit the poll.
 *
 * @param array $poll    The poll content (decoded).
 * @param mixed $answers The `answers` of a ballot.
 */
function qd_kit_answers_problem( array $poll, $answers ): string {
	if ( ! is_array( $answers ) || ( array() !== $answers && array_is_list( $answers ) ) ) {
		return __( 'answers : un objet { "identifiant de question": réponse } est attendu.', 'quartiers-douai-kit' );
	}
	$questions = array();
	foreach ( (array) ( $poll['questions'] ?? array() ) as $q ) {
		if ( is_array( $q ) && isset( $q['id'] ) ) {
			$questions[ (string) $q['id'] ] = $q;
		}
	}
	foreach ( $answers as $id => $answer ) {
		if ( ! isset( $questions[ (string) $id ] ) ) {
			/* translators: %s: a question id */
			return sprintf( __( 'answers.%s : ce sondage n’a pas de question de cet identifiant.', 'quartiers-douai-kit' ), $id );
		}
	}
	foreach ( $questions as $id => $q ) {
		$problem = isset( $answers[ $id ] ) ? qd_kit_answer_problem( $q, $answers[ $id ] ) : '';
		if ( '' === $problem && ! empty( $q['required'] ) && ! isset( $answers[ $id ] ) ) {
			$problem = __( 'cette question demande une réponse.', 'quartiers-douai-kit' );
		}
		if ( '' !== $problem ) {
			return 'answers.' . $id . ' : ' . $problem;
		}
	}
	return '';
}

/**
 * What is wrong with one answer, or ''.
 *
 * @param array $q      The question.
 * @param mixed $answer The answer.
 */
function qd_kit_answer_problem( array $q, $answer ): string {
	$choices = array_map( static fn( $c ) => (string) ( $c['id'] ?? '' ), (array) ( $q['choices'] ?? array() ) );
	switch ( $q['type'] ?? '' ) {
		case 'single':
			return is_string( $answer ) && in_array( $answer, $choices, true ) ? '' : __( 'un identifiant de choix de la question est attendu.', 'quartiers-douai-kit' );
		case 'multiple':
		case 'ranking':
			if ( ! is_array( $answer ) || ! array_is_list( $answer ) || array() === $answer ) {
				return __( 'une liste d’identifiants de choix est attendue.', 'quartiers-douai-kit' );
			}
			foreach ( $answer as $choice ) {
				if ( ! is_string( $choice ) || ! in_array( $choice, $choices, true ) ) {
					return __( 'un des choix n’existe pas dans la question.', 'quartiers-douai-kit' );
				}
			}
			if ( count( array_unique( $answer ) ) !== count( $answer ) ) {
				return __( 'un choix est donné deux fois.', 'quartiers-douai-kit' );
			}
			if ( 'multiple' === $q['type'] && isset( $q['maxChoices'] ) && count( $answer ) > (int) $q['maxChoices'] ) {
				/* translators: %d: most choices allowed */
				return sprintf( __( 'au plus %d choix.', 'quartiers-douai-kit' ), (int) $q['maxChoices'] );
			}
			return '';
		case 'scale':
			$min = (int) ( $q['scale']['min'] ?? 0 );
			$max = (int) ( $q['scale']['max'] ?? 0 );
			/* translators: 1: lowest value, 2: highest value */
			return is_int( $answer ) && $answer >= $min && $answer <= $max ? '' : sprintf( __( 'un nombre entier de %1$d à %2$d est attendu.', 'quartiers-douai-kit' ), $min, $max );
		case 'text':
			$max = (int) ( $q['maxLength'] ?? QD_KIT_DEFAULT_MAX_LENGTH );
			if ( ! is_string( $answer ) ) {
				return __( 'un texte est attendu.', 'quartiers-douai-kit' );
			}
			/* translators: %d: longest answer, in characters */
			return mb_strlen( trim( $answer ) ) <= $max ? '' : sprintf( __( 'le texte dépasse %d caractères.', 'quartiers-douai-kit' ), $max );
	}
	return __( 'le type de la question est inconnu.', 'quartiers-douai-kit' );
}

/**
 * Whether the poll takes ballots today (its `opensAt` and `closesAt`, both days included) and
 * has its privacy text: '' when it does, the French reason otherwise.
 *
 * @param array $poll The poll content.
 */
function qd_kit_poll_closed( array $poll ): string {
	$today = qd_kit_today();
	if ( ! empty( $poll['opensAt'] ) && $today < $poll['opensAt'] ) {
		/* translators: %s: opening day */
		return sprintf( __( 'Ce sondage n’est pas encore ouvert : il ouvre le %s. Rien n’a été gardé.', 'quartiers-douai-kit' ), qd_kit_format_day( $poll['opensAt'] ) );
	}
	if ( ! empty( $poll['closesAt'] ) && $today > $poll['closesAt'] ) {
		/* translators: %s: closing day */
		return sprintf( __( 'Ce sondage est clos depuis le %s : votre réponse n’a pas été gardée.', 'quartiers-douai-kit' ), qd_kit_format_day( $poll['closesAt'] ) );
	}
	if ( '' === trim( (string) ( $poll['privacy'] ?? '' ) ) ) {
		return __( 'Ce sondage n’a pas de texte « privacy » (qui reçoit les réponses, pour quoi, combien de temps) : le site ne garde pas de réponse sans lui.', 'quartiers-douai-kit' );
	}
	return '';
}

/** Answers as stored: texts trimmed, as the poll itself does (`toBallot`). */
function qd_kit_clean_answers( array $answers ): array {
	foreach ( $answers as $id => $answer ) {
		if ( is_string( $answer ) ) {
			$answers[ $id ] = trim( $answer );
		}
	}
	return $answers;
}
