package jp.kyodo.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import javax.transaction.NotSupportedException;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import javax.transaction.UserTransaction;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hibernate.engine.transaction.jta.platform.internal.AbstractJtaPlatform;

/**
 * A persistence unit of the module under test on a {@link TestDatabase}, behind the {@link JpaTemplate}
 * that Aries JPA gives a bundle in Karaf: the unit's {@code META-INF/persistence.xml} as written for the
 * platform (JTA), Hibernate on the fixture's transaction manager and XA pool, and one entity manager per
 * transaction, shared by every call inside it — so entity work and the {@link
 * jp.kyodo.core.persistence.Transactions} JDBC work of a test commit or roll back together, as in Karaf.
 * Schema by the bundle's migrations, never by Hibernate.
 */
public final class TestJpa implements JpaTemplate, AutoCloseable {

    private final TransactionManager tm;
    private final EntityManagerFactory emf;
    private final Map<Transaction, EntityManager> managers = new ConcurrentHashMap<>();

    TestJpa(String unitName, TransactionManager tm, DataSource dataSource) {
        this.tm = tm;
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.jtaDataSource", dataSource);
        properties.put("hibernate.transaction.jta.platform", new Platform(tm));
        properties.put("hibernate.hbm2ddl.auto", "none");
        this.emf = Persistence.createEntityManagerFactory(unitName, properties);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        boolean began = false;
        try {
            int status = tm.getStatus();
            switch (type) {
                case Required -> {
                    if (status == Status.STATUS_NO_TRANSACTION) {
                        tm.begin();
                        began = true;
                    }
                }
                case Mandatory -> {
                    if (status == Status.STATUS_NO_TRANSACTION) {
                        throw new IllegalStateException("a transaction is required (Mandatory)");
                    }
                }
                case Supports -> {
                    if (status == Status.STATUS_NO_TRANSACTION) {
                        EntityManager em = emf.createEntityManager();
                        try {
                            return code.apply(em);
                        } finally {
                            em.close();
                        }
                    }
                }
                default -> throw new UnsupportedOperationException(type + " is not used by Kyodo's bundles");
            }
            R result = code.apply(manager());
            if (began) {
                tm.commit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollback(began);
            throw e;
        } catch (Exception e) {
            rollback(began);
            throw new IllegalStateException("the JPA transaction failed: " + e.getMessage(), e);
        }
    }

    /** The entity manager of the current transaction, joined to it and closed when it completes. */
    private EntityManager manager() throws SystemException, javax.transaction.RollbackException {
        Transaction t = tm.getTransaction();
        EntityManager em = managers.get(t);
        if (em == null) {
            EntityManager created = emf.createEntityManager();
            created.joinTransaction();
            t.registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    managers.remove(t);
                    created.close();
                }
            });
            managers.put(t, created);
            em = created;
        }
        return em;
    }

    private void rollback(boolean began) {
        try {
            if (began) {
                tm.rollback();
            } else if (tm.getStatus() == Status.STATUS_ACTIVE) {
                tm.setRollbackOnly();
            }
        } catch (SystemException | IllegalStateException e) {
            // the original failure is what the test sees
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    @Override
    public void close() {
        emf.close();
    }

    /** Tells Hibernate which transaction manager runs the JTA transactions. */
    private static final class Platform extends AbstractJtaPlatform {

        private static final long serialVersionUID = 1L;

        private final transient TransactionManager tm;

        Platform(TransactionManager tm) {
            this.tm = tm;
        }

        @Override
        protected TransactionManager locateTransactionManager() {
            return tm;
        }

        @Override
        protected UserTransaction locateUserTransaction() {
            return new UserTransaction() {
                @Override
                public void begin() throws NotSupportedException, SystemException {
                    tm.begin();
                }

                @Override
                public void commit()
                        throws javax.transaction.RollbackException, javax.transaction.HeuristicMixedException,
                                javax.transaction.HeuristicRollbackException, SystemException {
                    tm.commit();
                }

                @Override
                public void rollback() throws SystemException {
                    tm.rollback();
                }

                @Override
                public void setRollbackOnly() throws SystemException {
                    tm.setRollbackOnly();
                }

                @Override
                public int getStatus() throws SystemException {
                    return tm.getStatus();
                }

                @Override
                public void setTransactionTimeout(int seconds) throws SystemException {
                    tm.setTransactionTimeout(seconds);
                }
            };
        }
    }
}
