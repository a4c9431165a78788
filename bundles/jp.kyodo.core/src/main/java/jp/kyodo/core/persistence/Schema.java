package jp.kyodo.core.persistence;

/**
 * Registered for a bundle once its migrations are applied; see the package documentation. Service
 * properties: {@value #OWNER} (the bundle symbolic name) and {@value #VERSION} (an Integer).
 */
public interface Schema {

    /** The manifest header naming the folder with a bundle's migration files. */
    String MIGRATIONS_HEADER = "Kyodo-Migrations";

    String OWNER = "kyodo.schema.owner";

    String VERSION = "kyodo.schema.version";

    /** The owning bundle's symbolic name. */
    String owner();

    /** The highest applied migration version (0 when the bundle has none). */
    int version();
}
