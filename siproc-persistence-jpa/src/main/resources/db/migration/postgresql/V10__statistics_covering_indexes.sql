-- Statistics over a million cases (JpaCaseStatistics, docs/benchmarks.md "Statistics"). The case table's rows are
-- wide (narrative, reasons, names of users), so every GROUP BY that reads them scans ~0.5 GB for 1 M cases. These
-- indexes carry every column the statistics group or filter by, so PostgreSQL answers from the index alone
-- (index-only scans, once VACUUM — or autovacuum after a bulk load — has set the visibility map).

-- Counts by period, office, type, subtype, sex, age, department, priority and country; status at the period's end.
CREATE INDEX ix_case_statistics ON protection_case (registered_at)
    INCLUDE (id, office, case_type, case_subtype, main_sex, main_age_at_incident, main_origin_department, priority,
             incident_country, status, status_changed_at);

-- Cases closed in a period, the first closure, the status at the end of a period.
CREATE INDEX ix_status_change_statistics ON case_status_change (to_status, changed_at) INCLUDE (case_id, pos);

-- Time to the first action: the earliest action of each case.
CREATE INDEX ix_action_case_recorded ON case_action (case_id, recorded_at);

-- Referrals sent in a period (their first SENT step).
CREATE INDEX ix_referral_step_statistics ON referral_step (status, step_at) INCLUDE (referral_id, pos);
