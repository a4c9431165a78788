package jp.kyodo.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that works on a {@link TestDatabase}. The parent POM runs such classes twice: on
 * embedded Derby in the normal test run, and on PostgreSQL in the {@code postgresql} execution, so every
 * store's SQL is proven on both databases the platform supports.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {

    /** The JUnit tag of database tests. */
    String TAG = "database";
}
