<?php
/**
 * The plugin's tables, created and upgraded with dbDelta (versioned by the option
 * `qd_kit_db_version`). Nothing here names a person: no IP address, no user id, no cookie, no time
 * of a ballot.
 *
 * - qd_ballots  one row per poll ballot: its answers (JSON) and the key that makes a replay count once;
 * - qd_votes    audience votes: a film and a number of votes (1 online, a tablet's count when imported);
 * - qd_counters the autodiag's anonymous counts: area × level reached;
 * - qd_imports  the kiosk exports imported (their fingerprint: the same export twice counts once);
 * - qd_rate     hits per content and per minute (the per-poll rate limit), kept ten minutes.
 *
 * @package QuartiersDouaiKit
 */

defined( 'ABSPATH' ) || exit;

/** Version of the tables' shape: raise it when a table changes, dbDelta does the rest. */
const QD_KIT_DB_VERSION = '1';

/** The full name of one of the plugin's tables (`ballots`, `votes`, `counters`, `imports`, `rate`). */
function qd_kit_table( string $name ): string {
	global $wpdb;
	return $wpdb->prefix . 'qd_' . $name;
}

/** All the plugin's tables (uninstall removes them when the administrator asked). */
function qd_kit_tables(): array {
	return array_map( 'qd_kit_table', array( 'ballots', 'votes', 'counters', 'imports', 'rate' ) );
}

/** Creates or upgrades the tables. */
function qd_kit_install_tables(): void {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$charset = $wpdb->get_charset_collate();
	$ballots = qd_kit_table( 'ballots' );
	$votes = qd_kit_table( 'votes' );
	$counters = qd_kit_table( 'counters' );
	$imports = qd_kit_table( 'imports' );
	$rate = qd_kit_table( 'rate' );
	// dbDelta's format: two spaces after PRIMARY KEY, one field per line.
	dbDelta(
		"CREATE TABLE $ballots (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  content_id bigint(20) unsigned NOT NULL,
  ballot_key char(64) NOT NULL,
  import_id bigint(20) unsigned NOT NULL DEFAULT 0,
  answers longtext NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY content_key (content_id,ballot_key),
  KEY import_id (import_id)
) $charset;
CREATE TABLE $votes (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  content_id bigint(20) unsigned NOT NULL,
  vote_key char(64) NOT NULL,
  import_id bigint(20) unsigned NOT NULL DEFAULT 0,
  film varchar(191) NOT NULL,
  votes int(10) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY  (id),
  UNIQUE KEY content_key (content_id,vote_key),
  KEY import_id (import_id)
) $charset;
CREATE TABLE $counters (
  content_id bigint(20) unsigned NOT NULL,
  area varchar(100) NOT NULL,
  level varchar(100) NOT NULL,
  count int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (content_id,area,level)
) $charset;
CREATE TABLE $imports (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  content_id bigint(20) unsigned NOT NULL,
  fingerprint char(64) NOT NULL,
  label varchar(191) NOT NULL DEFAULT '',
  items int(10) unsigned NOT NULL DEFAULT 0,
  imported date NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY content_fingerprint (content_id,fingerprint)
) $charset;
CREATE TABLE $rate (
  content_id bigint(20) unsigned NOT NULL,
  slot int(10) unsigned NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (content_id,slot)
) $charset;"
	);
	update_option( 'qd_kit_db_version', QD_KIT_DB_VERSION, false );
}

register_activation_hook( QD_KIT_FILE, 'qd_kit_install_tables' );

/** After an update of the plugin (no activation then): upgrades the tables once. */
function qd_kit_maybe_upgrade(): void {
	if ( get_option( 'qd_kit_db_version' ) !== QD_KIT_DB_VERSION ) {
		qd_kit_install_tables();
	}
}
add_action( 'plugins_loaded', 'qd_kit_maybe_upgrade' );
