-- Issue 21 point 6 (helper h4): search by name ignores accents and case, as a Dutch keyboard types: "kilic" finds
-- Kılıç, "sahin" finds Şahin, "muller" finds Müller, "agaoglu" finds Ağaoğlu.
--
-- zoekvorm(text) is the one folding of a name for search: Unicode NFD, combining marks (U+0300–U+036F) removed, then
-- the Latin letters that have no decomposition mapped by hand (dotless ı, ø, ł, đ, ħ, ŧ, ð, ŀ, ĸ, and ß, æ, œ, ĳ
-- to two letters), then lower-cased. Written in plain SQL rather than with the unaccent extension: unaccent() is
-- only STABLE (it reads a dictionary), so it cannot be used in a generated column or an index without a wrapper,
-- and an external PostgreSQL need not have contrib installed nor let the application create an extension. Every
-- function used here is IMMUTABLE (normalize needs a UTF8 database, which the application's always is).
--
-- The columns of V12 now hold zoekvorm(name) instead of lower(name), still generated (nothing that writes dossiers,
-- the demo and national-scale generators included, has to fill them) and collated "C", with the same indexes; the
-- search folds its prefix with the same function (Caseload.sql), so stored value and search term can never differ.
-- Inside a query zoekvorm(:prefix) is folded to a constant when the statement is planned, so the condition stays
-- starts_with(column, 'constant'): leakproof, and a range condition on the index under row-level security (V12).
create function zoekvorm(naam text) returns text
    language sql immutable strict parallel safe
return lower(
    translate(
        replace(replace(replace(replace(replace(replace(replace(replace(
            regexp_replace(normalize(naam, NFD), '[\u0300-\u036f]', '', 'g'),
            'ß', 'ss'), 'ẞ', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'Ĳ', 'ij'), 'ĳ', 'ij'),
        'ıØøŁłĐđĦħŦŧÐðĿŀĸ',
        'iOoLlDdHhTtDdLlk'));

alter table inburgeraar
    drop column zoek_geslachtsnaam,
    drop column zoek_voornamen;
alter table inburgeraar
    add column zoek_geslachtsnaam text collate "C" generated always as (zoekvorm(geslachtsnaam)) stored,
    add column zoek_voornamen     text collate "C" generated always as (zoekvorm(voornamen)) stored;

create index inburgeraar_zoek_geslachtsnaam_idx on inburgeraar (gemeentecode, zoek_geslachtsnaam);
create index inburgeraar_zoek_voornamen_idx on inburgeraar (gemeentecode, zoek_voornamen);
