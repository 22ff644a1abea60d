-- Issue 15, ADR 0031 (amendment of 2026-12-01, AB-10): a contract may say that its provider registers the participants'
-- exams with DUO and therefore needs their BSN. Default false: a provider sees the BSN of nobody.
alter table contract
    add column bsn_voor_examenregistratie boolean not null default false;
