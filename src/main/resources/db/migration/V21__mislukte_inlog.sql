-- Failed sign-ins (issue 14): counted per account and per client address to throttle password guessing. Holds no
-- personal data of inburgeraars; rows older than a day are removed as new failures arrive. The audit log records
-- each failure too (action INLOG_MISLUKT).
create table mislukte_inlog (
    id             bigserial primary key,
    gebruikersnaam text not null,
    adres          text,
    op             timestamptz not null
);
create index mislukte_inlog_gebruiker_idx on mislukte_inlog (gebruikersnaam, op);
create index mislukte_inlog_adres_idx on mislukte_inlog (adres, op);
