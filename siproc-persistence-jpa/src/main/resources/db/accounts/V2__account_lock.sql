-- One row that account changes lock (SELECT ... FOR UPDATE) before they count accounts: two first administrators
-- created at once, or two administrators disabling each other, then run one after the other (Accounts.lockAccounts).
CREATE TABLE web_account_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO web_account_lock (id) VALUES (1);
