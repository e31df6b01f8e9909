/**
 * The user accounts of every SIPROC application on one database: {@link org.siproc.persistence.jpa.accounts.JdbcAccounts},
 * a plain-JDBC store of core's {@code Accounts} port with the password hashes and the login throttle, migrated by
 * Flyway from {@code classpath:db/accounts} with its own history table. Plain JDBC rather than Hibernate, so a
 * login or a CLI run can read an account without booting JPA, and the store works on any data source the embedding
 * application has (the web app's in-memory mode included).
 */
@NullMarked
package org.siproc.persistence.jpa.accounts;

import org.jspecify.annotations.NullMarked;
