<?php
/**
 * The kit's runtime, served by the site: assets/kit/ holds every prototype built together
 * (scripts/build.mjs), so Lit, zod and core load once per site. Each runtime entry (`quiz`, `poll`,
 * `jury`…) is a script handle `qd-kit-<entry>`, printed as `<script type="module">` (WordPress 6.1
 * has no script modules API), enqueued only by the renderer, so only pages that show an element
 * load anything — and from this site only.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** A generated JSON file of assets/ (elements.json, runtime.json), decoded once. */
function qd_kit_asset_data( string $file ): array {
	static $cache = array();
	if ( ! isset( $cache[ $file ] ) ) {
		$path           = QD_KIT_DIR . 'assets/' . $file;
		$data           = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$cache[ $file ] = is_array( $data ) ? $data : array();
	}
	return $cache[ $file ];
}

/** Every element an author may place: `tag`, `block`, `prototype`, `entry`, `settings`. */
function qd_kit_elements(): array {
	return qd_kit_asset_data( 'elements.json' );
}

/** One element by its tag (`qd-quiz`), or null. */
function qd_kit_element( string $tag ): ?array {
	foreach ( qd_kit_elements() as $element ) {
		if ( $element['tag'] === $tag ) {
			return $element;
		}
	}
	return null;
}

/** The runtime's entries and, for each, the files that load with it. */
function qd_kit_runtime_files(): array {
	return qd_kit_asset_data( 'runtime.json' );
}

/** Registers one script handle per runtime entry (no version query: the files import each other by name). */
function qd_kit_register_runtime(): void {
	foreach ( array_keys( qd_kit_runtime_files() ) as $entry ) {
		wp_register_script( 'qd-kit-' . $entry, QD_KIT_URL . 'assets/kit/' . $entry . '.js', array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the module is imported by name by its chunks.
	}
}
add_action( 'init', 'qd_kit_register_runtime', 5 );

/** Whether a handle is one of the runtime's modules. */
function qd_kit_is_runtime_handle( string $handle ): bool {
	return str_starts_with( $handle, 'qd-kit-' ) && isset( qd_kit_runtime_files()[ substr( $handle, 7 ) ] );
}

/** The runtime's scripts are modules. */
add_filter(
	'script_loader_tag',
	static function ( string $tag, string $handle ): string {
		if ( qd_kit_is_runtime_handle( $handle ) && ! str_contains( $tag, 'type="module"' ) ) {
			$tag = preg_replace( '/<script(?![^>]*type=)/', '<script type="module"', $tag, 1 );
		}
		return $tag;
	},
	10,
	2
);

/**
 * Loads an entry on this page, and preloads the files it imports (one round trip instead of a
 * cascade of imports).
 */
function qd_kit_enqueue_entry( string $entry ): void {
	$files = qd_kit_runtime_files()[ $entry ] ?? null;
	if ( null === $files ) {
		return;
	}
	wp_enqueue_script( 'qd-kit-' . $entry );
	$GLOBALS['qd_kit_preload'] = array_unique( array_merge( $GLOBALS['qd_kit_preload'] ?? array(), $files ) );
}

/** `<link rel="modulepreload">` for the files of the entries this page uses. */
function qd_kit_print_preloads(): void {
	foreach ( $GLOBALS['qd_kit_preload'] ?? array() as $file ) {
		printf( '<link rel="modulepreload" href="%s">' . "\n", esc_url( QD_KIT_URL . 'assets/kit/' . $file ) );
	}
	$GLOBALS['qd_kit_preload'] = array();
}
add_action( 'wp_head', 'qd_kit_print_preloads', 99 );
add_action( 'wp_footer', 'qd_kit_print_preloads', 5 );
