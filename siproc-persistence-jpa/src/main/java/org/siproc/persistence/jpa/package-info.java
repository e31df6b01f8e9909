/**
 * Jakarta Persistence / Hibernate ORM adapter of SIPROC's outbound ports, on an embedded H2 file or PostgreSQL.
 *
 * <p>The public API is {@link org.siproc.persistence.jpa.JpaPersistence} (builds the five adapters on a
 * {@link javax.sql.DataSource}, migrating the schema with Flyway) and {@link org.siproc.persistence.jpa.AuditChainVerifier}.
 * Everything else — the {@code *Entity} persistence model, its mappers and the adapters — is package-private: the
 * domain never carries a JPA annotation, and the tables can change without touching core.
 */
@NullMarked
package org.siproc.persistence.jpa;

import org.jspecify.annotations.NullMarked;
