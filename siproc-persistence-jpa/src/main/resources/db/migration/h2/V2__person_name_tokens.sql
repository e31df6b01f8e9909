-- H2 has no trigram index: name search looks up the words of each name key, and each word with one letter
-- deleted, in this table (see H2NameIndex). The primary key serves the look-up by token.
CREATE TABLE person_name_token (
    token     VARCHAR(100) NOT NULL,
    person_id UUID         NOT NULL,
    CONSTRAINT pk_person_name_token PRIMARY KEY (token, person_id),
    CONSTRAINT fk_person_name_token FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_name_token_person ON person_name_token (person_id);
