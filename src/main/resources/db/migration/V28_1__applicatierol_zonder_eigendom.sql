-- Issue 14 point 5: the application no longer logs in as the owner of its tables. Flyway runs as the owner role
-- (spring.flyway.user; embedded: inburgeringsregie); the application runs as ${applicatierol}, a role that owns
-- nothing and only reads and writes rows: it cannot switch off row-level security, disable or drop the audit log's
-- append-only triggers, truncate, alter or drop a table, create objects, or become the owner (SET ROLE).
-- The placeholder is the application's login role (spring.flyway.placeholders.applicatierol, by default
-- spring.datasource.username). When it is empty or the migrating role itself (one role for both: not recommended,
-- README "Production"), nothing is granted and row-level security holds only by FORCE, as before.

do $$
declare
    app    text := '${applicatierol}';
    tabel  text;
begin
    if app = '' or app = current_user then
        raise notice 'No separate application role: the application logs in as the owner %', current_user;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'The application role "%" does not exist: create it first (README, "Production: database roles")', app;
    end if;
    if exists (select 1 from pg_roles where rolname = app and (rolsuper or rolbypassrls or rolcreaterole)) then
        raise exception 'The application role "%" must not be a superuser, bypass row-level security or create roles', app;
    end if;
    if pg_has_role(app, current_user, 'MEMBER') then
        raise exception 'The application role "%" must not be a member of the owner role %', app, current_user;
    end if;

    -- Nobody but the owner creates objects (PostgreSQL 15 and later already refuse PUBLIC; older versions allow it).
    revoke create on schema public from public;
    execute format('grant usage on schema public to %I', app);

    -- Rows only: no TRUNCATE, REFERENCES or TRIGGER privilege, no ownership.
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    -- Tables and sequences later migrations create get the same rights.
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select, update on sequences to %I', app);
    -- PostgreSQL 17: ANALYZE and VACUUM of its own tables (statistics after a bulk load) without owning them.
    if current_setting('server_version_num')::int >= 170000 then
        execute format('grant maintain on all tables in schema public to %I', app);
        execute format('alter default privileges in schema public grant maintain on tables to %I', app);
    end if;

    -- The audit log is append-only for the application by privilege too (the triggers stay as the second wall,
    -- also against the owner): read and add, nothing else, on the log and on each of its partitions.
    for tabel in select 'audit_log' union all
                 select c.relname::text from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'audit_log'::regclass loop
        execute format('revoke update, delete on %I from %I', tabel, app);
    end loop;
    -- Flyway's own history: the migrations' business.
    execute format('revoke insert, update, delete on flyway_schema_history from %I', app);
end;
$$;

-- The monthly partitions (ADR 0013) are made by the application's job: a function that runs with its owner's rights
-- (SECURITY DEFINER, fixed search_path), executable by the application only, and that does nothing but make the
-- month's partition. Its partitions get the log's rights: read and add, no UPDATE or DELETE.
create or replace function audit_log_partitie(maand date) returns text
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    begin_maand timestamp := date_trunc('month', maand::timestamp);
    naam        text := 'audit_log_' || to_char(begin_maand, 'YYYY_MM');
    van         timestamptz := begin_maand at time zone 'UTC';
    tot         timestamptz := (begin_maand + interval '1 month') at time zone 'UTC';
    app         text := '${applicatierol}';
begin
    if to_regclass(naam) is not null then
        return null;
    end if;
    if exists (select 1 from audit_log_default where occurred_at >= van and occurred_at < tot) then
        raise warning 'audit_log: rows of % are in audit_log_default; partition % not created', begin_maand, naam;
        return null;
    end if;
    execute format('create table %I partition of audit_log for values from (%L) to (%L)', naam, van, tot);
    execute format('create trigger audit_log_no_truncate before truncate on %I '
                   'for each statement execute function audit_log_is_append_only()', naam);
    if app <> '' and app <> current_user and exists (select 1 from pg_roles where rolname = app) then
        execute format('revoke update, delete on %I from %I', naam, app);
    end if;
    return naam;
end;
$$;

-- The audit log's retention (issue 14 point 16) removes whole months: detach and drop the month's partition, again
-- with the owner's rights. The database itself refuses a month that ended less than twelve months ago (by the
-- database's clock), so that even a compromised application can never erase recent history; a longer period is the
-- application's configuration. Rows of a month that sit in audit_log_default are not touched (append-only).
-- Returns the dropped partition's name, or null when the month has no partition.
create function audit_log_maand_verwijderen(maand date) returns text
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    begin_maand timestamp := date_trunc('month', maand::timestamp);
    naam        text := 'audit_log_' || to_char(begin_maand, 'YYYY_MM');
    partitie    regclass := to_regclass('audit_log_' || to_char(begin_maand, 'YYYY_MM'));
begin
    if maand is null then
        raise exception 'audit_log: no month given';
    end if;
    if begin_maand + interval '13 months' > now() at time zone 'UTC' then
        raise exception 'audit_log: % ended less than 12 months ago and is kept', to_char(begin_maand, 'YYYY-MM');
    end if;
    if partitie is null or not exists (select 1 from pg_inherits
                                       where inhrelid = partitie and inhparent = 'audit_log'::regclass) then
        return null;
    end if;
    execute format('alter table audit_log detach partition %I', naam);
    execute format('drop table %I', naam);
    return naam;
end;
$$;

revoke execute on function audit_log_partitie(date) from public;
revoke execute on function audit_log_maand_verwijderen(date) from public;
do $$
begin
    if '${applicatierol}' <> '' and '${applicatierol}' <> current_user then
        execute format('grant execute on function audit_log_partitie(date) to %I', '${applicatierol}');
        execute format('grant execute on function audit_log_maand_verwijderen(date) to %I', '${applicatierol}');
    end if;
end;
$$;
