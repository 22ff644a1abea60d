-- Issue 15, ADR 0031 (amended): a provider's instellingsnummer and keurmerken checked against DUO's list of
-- institutions (Inburgeringsaanbod API, GET /instellingen). What DUO answered is kept with the moment it was asked:
-- whether DUO lists the number, DUO's name for it, and DUO's Blik op Werk and TST indications. Null: never checked.
alter table aanbieder
    add column duo_gecontroleerd_op timestamptz,
    add column duo_bekend           boolean,
    add column duo_naam             text,
    add column duo_bow              boolean,
    add column duo_tst              boolean;
