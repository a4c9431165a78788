package jp.kyodo.itests.browser;

/**
 * The registry's REST API tests again, against the distribution set up on PostgreSQL as the README tells a
 * city to (driver feature, DataSource configuration): every module's migrations, the registry's store and
 * search, privacy and the all-or-nothing import on the server a larger city runs.
 */
@RunningKyodo.OnPostgresql
class RegistryApiOnPostgresqlIT extends RegistryApiIT {}
