-- Processing of DUO's notifications: when, and what went wrong (DUO's fouttekst) while DUO was unreachable.
alter table duo_notificatie
    add column verwerkt_op  timestamptz,
    add column fout         text;
