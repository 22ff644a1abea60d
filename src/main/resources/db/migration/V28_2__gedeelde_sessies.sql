-- Issue 14 point 18: web sessions live in PostgreSQL (Spring Session JDBC), so that with several application instances
-- behind a load balancer a request may land on any of them. Spring Session's own schema for PostgreSQL (4.1), made by
-- this migration instead of Boot's initializer (spring.session.jdbc.initialize-schema=never). Expired sessions are
-- removed by the db-scheduler task sessies-opruimen (once per cluster), not by a timer in each instance.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Issue 21 point 12: the day the daily deadline job last ran to the end (by the application's clock), so that a start
-- on a day it has not run yet runs it at once, and how many runs there were.
create table dagelijkse_taak (
    taak        text primary key,
    laatste_dag date not null,
    uitvoeringen bigint not null default 0
);
