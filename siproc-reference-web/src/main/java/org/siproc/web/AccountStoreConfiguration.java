package org.siproc.web;

import javax.sql.DataSource;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.persistence.jpa.accounts.JdbcAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the user accounts: the store shared with the CLI ({@code JdbcAccounts} of siproc-persistence-jpa) on
 * the application's data source, whatever the case storage ({@code siproc.storage} JPA or MEMORY), its schema
 * migrated at start-up. Beside {@link SiprocConfiguration} because only this package touches adapters.
 */
@Configuration(proxyBeanMethods = false)
public class AccountStoreConfiguration {

    @Bean
    Accounts siprocAccounts(DataSource dataSource) {
        return JdbcAccounts.migrate(dataSource);
    }
}
