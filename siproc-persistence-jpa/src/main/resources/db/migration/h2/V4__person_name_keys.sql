-- Name search by blocking keys, the same design as on PostgreSQL (see NameIndex and NameBlocking): each person is
-- filed under the Spanish sound code of each word of the name and of each pair of words. The primary key serves
-- the look-up by key; the keys of a renamed person are deleted by key and person. No foreign key to person: the
-- rows are written only with the person, in the same transaction, and persons are never deleted, while a
-- foreign key would check the person on each of the ~10 rows a person has.
CREATE TABLE person_name_key (
    block_key VARCHAR(201) NOT NULL,
    person_id UUID         NOT NULL,
    CONSTRAINT pk_person_name_key PRIMARY KEY (block_key, person_id)
);

-- The vocabulary of word codes, each under itself and its one-letter deletions: corrects a typed word to the
-- stored words one edit away.
CREATE TABLE person_name_word (
    variant VARCHAR(100) NOT NULL,
    word    VARCHAR(100) NOT NULL,
    CONSTRAINT pk_person_name_word PRIMARY KEY (variant, word)
);

-- Replaced by the tables above (filled from the stored persons by the Java migration V5).
DROP TABLE person_name_token;
-- Nothing queries the whole name key any more; one index less to maintain per registration.
DROP INDEX ix_person_name_key;
