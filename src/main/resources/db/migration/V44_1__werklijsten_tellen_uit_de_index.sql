-- Issues 15 and 17 at national scale (docs/performance.md, ADR 0028 and 0036 amendments): the provider's and the
-- begeleider's lists count their rows, and row-level security checks them, from the index alone (an index-only scan
-- needs every column the statement and its policies read: the person and the gemeente). Before, counting the 600
-- placements of the largest provider read 562 table pages (2.3 ms of the page's SQL), and the policy relatie_aanbieder
-- read them once more for the names.
drop index plaatsing_aanbieder_start_idx;
create index plaatsing_aanbieder_start_idx on plaatsing (aanbieder_id, (coalesce(startdatum, verwachte_start, aanmelddatum)))
    include (inburgeraar_id, gemeentecode);

drop index begeleiding_partner_lopend_idx;
create index begeleiding_partner_lopend_idx on begeleiding (partner_id, einddatum, inburgeraar_id)
    include (gemeentecode) where overdracht_datum is null;
