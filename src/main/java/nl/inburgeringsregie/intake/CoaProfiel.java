package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * COA's profile of a statushouder for the warme overdracht (I-4), as imported: JSON (schema in
 * docs/api/coa-overdracht.schema.json) or one CSV row. Health signals only with the person's consent (I-5).
 */
public record CoaProfiel(
        String bsn,
        String gemeentecode,
        LocalDate datumOverdracht,
        List<String> deelnemers,
        String huishouden,
        String landVanHerkomst,
        List<String> talen,
        String opleiding,
        String werkervaring,
        String zichtbareBeperkingen,
        String gezondheidssignalen,
        Boolean toestemmingGezondheid,
        String wensen,
        String voorinburgering) {

    /** The CSV columns, in order (semicolon-separated, first line a header with these names). */
    static final List<String> KOLOMMEN = List.of(
            "bsn",
            "gemeentecode",
            "datumOverdracht",
            "deelnemers",
            "huishouden",
            "landVanHerkomst",
            "talen",
            "opleiding",
            "werkervaring",
            "zichtbareBeperkingen",
            "gezondheidssignalen",
            "toestemmingGezondheid",
            "wensen",
            "voorinburgering");

    public CoaProfiel {
        deelnemers = deelnemers == null ? List.of() : List.copyOf(deelnemers);
        talen = talen == null ? List.of() : List.copyOf(talen);
    }
}
