/**
 * The shared test fixture of Kyodo's bundles: {@link jp.kyodo.testing.TestDatabase}, a real database
 * with a bundle's migrations, and {@link jp.kyodo.testing.DatabaseTest} for tests that must hold on
 * Derby and PostgreSQL. A test dependency only; never deployed.
 */
package jp.kyodo.testing;
