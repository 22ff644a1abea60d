-- Issue 12, part 3 (R-3): the reason, recorded on the PIP version itself, for a leerroute that departs from the
-- intake's routebesluit or contradicts the leerbaarheidstoets. Versioned 16.3 so it merges with the other parts'
-- migrations of issue 12 without a clash.
alter table pip add column motivering_leerroute text;
