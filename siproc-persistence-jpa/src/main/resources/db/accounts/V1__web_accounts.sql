-- Accounts of the reference web application (the embedding system's users; SIPROC's core knows only user ids).
-- Kept in its own Flyway history table (flyway_web_history), beside siproc-persistence-jpa's schema.
CREATE TABLE web_account (
    username      VARCHAR(120) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    user_role     VARCHAR(20)  NOT NULL,
    office_code   VARCHAR(8),
    institution   VARCHAR(64),
    need_to_know  BOOLEAN      NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    failed_logins INTEGER      NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
