package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * The facts of a dossier that people register and change: the person, household, doelgroep, law and the
 * dates that drive the law (T-1 and later deadlines). Field names follow DUO's where DUO has one. The aggregate
 * {@link Inburgeraar} holds them as this one value, stored flat in its table (the annotations say how: contact and
 * milestones in the same row, the partner's columns prefixed, the children in {@code kind}).
 */
public record InburgeraarGegevens(
        String gemeentecode,
        String bsn,
        String geslachtsnaam,
        String voornamen,
        LocalDate geboortedatum,
        Geslacht geslacht,
        List<String> nationaliteiten,
        String landVanHerkomst,
        List<String> talen,
        boolean tolkNodig,
        String tolkTaal,
        @Embedded.Empty Contactgegevens contact,
        @Embedded.Nullable(prefix = "partner_") Partner partner,

        @MappedCollection(idColumn = "inburgeraar", keyColumn = "inburgeraar_key")
        List<Kind> kinderen,

        Doelgroep doelgroep,
        GedetailleerdeDoelgroep gedetailleerdeDoelgroep,
        Wet wet,
        LocalDate datumKennisgeving,
        LocalDate datumKoppeling,
        LocalDate datumHuisvesting,
        LocalDate datumInschrijvingBrp,
        LocalDate datumStartBijstand,
        @Embedded.Empty Mijlpalen mijlpalen) {

    public InburgeraarGegevens {
        nationaliteiten = nationaliteiten == null ? List.of() : List.copyOf(nationaliteiten);
        talen = talen == null ? List.of() : List.copyOf(talen);
        kinderen = kinderen == null ? List.of() : List.copyOf(kinderen);
        contact = contact == null ? Contactgegevens.LEEG : contact;
        mijlpalen = mijlpalen == null ? Mijlpalen.LEEG : mijlpalen;
        if (partner != null && partner.naam() == null && partner.geboortedatum() == null) {
            partner = null;
        }
        // A tolk's language only with a tolk (as stored, so also as the journal records it).
        tolkTaal = tolkNodig ? tolkTaal : null;
    }

    /** The same facts with other milestones. */
    public InburgeraarGegevens metMijlpalen(Mijlpalen nieuw) {
        return met(datumKennisgeving, doelgroep, gedetailleerdeDoelgroep, nieuw);
    }

    /** The same facts with DUO's notice date and doelgroep. */
    public InburgeraarGegevens metDuoPlicht(
            LocalDate kennisgeving, Doelgroep nieuweDoelgroep, GedetailleerdeDoelgroep detail) {
        return met(kennisgeving, nieuweDoelgroep, detail, mijlpalen);
    }

    /** The facts that change after registration without a person editing them: DUO's duty and the milestones. */
    private InburgeraarGegevens met(
            LocalDate kennisgeving, Doelgroep doelgroepNu, GedetailleerdeDoelgroep detail, Mijlpalen mijlpalenNu) {
        return new InburgeraarGegevens(
                gemeentecode,
                bsn,
                geslachtsnaam,
                voornamen,
                geboortedatum,
                geslacht,
                nationaliteiten,
                landVanHerkomst,
                talen,
                tolkNodig,
                tolkTaal,
                contact,
                partner,
                kinderen,
                doelgroepNu,
                detail,
                wet,
                kennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                datumStartBijstand,
                mijlpalenNu);
    }

    /** The name as people read it: voornamen then geslachtsnaam. */
    public String volledigeNaam() {
        return voornamen == null || voornamen.isBlank() ? geslachtsnaam : voornamen + " " + geslachtsnaam;
    }

    /**
     * Every field as display text, in a fixed order, for the journal's old → new entries. The keys are the
     * JSON field names; the UI labels them through the message bundle ({@code veld.<key>}).
     */
    Map<String, String> alsVelden() {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("gemeentecode", gemeentecode);
        velden.put("bsn", bsn);
        velden.put("geslachtsnaam", geslachtsnaam);
        velden.put("voornamen", voornamen);
        velden.put("geboortedatum", tekst(geboortedatum));
        velden.put("geslacht", tekst(geslacht));
        velden.put("nationaliteiten", String.join(", ", nationaliteiten));
        velden.put("landVanHerkomst", landVanHerkomst);
        velden.put("talen", String.join(", ", talen));
        velden.put("tolkNodig", tolkNodig ? "ja" : "nee");
        velden.put("tolkTaal", tolkTaal);
        velden.put("telefoon", contact.telefoon());
        velden.put("email", contact.email());
        velden.put("adres", adres());
        velden.put(
                "partner",
                partner == null
                        ? null
                        : Objects.toString(partner.naam(), "")
                                + (partner.geboortedatum() == null ? "" : " (" + partner.geboortedatum() + ")"));
        velden.put(
                "kinderen",
                kinderen.stream()
                        .map(k -> k.voornaam() + " (" + k.geboortedatum() + ")")
                        .collect(Collectors.joining(", ")));
        velden.put("doelgroep", doelgroep == null ? null : doelgroep.duoWaarde());
        velden.put(
                "gedetailleerdeDoelgroep",
                gedetailleerdeDoelgroep == null ? null : gedetailleerdeDoelgroep.duoWaarde());
        velden.put("wet", tekst(wet));
        velden.put("datumKennisgeving", tekst(datumKennisgeving));
        velden.put("datumKoppeling", tekst(datumKoppeling));
        velden.put("datumHuisvesting", tekst(datumHuisvesting));
        velden.put("datumInschrijvingBrp", tekst(datumInschrijvingBrp));
        velden.put("datumStartBijstand", tekst(datumStartBijstand));
        velden.put("datumBredeIntakeAfgerond", tekst(mijlpalen.datumBredeIntakeAfgerond()));
        velden.put("dagtekeningPip", tekst(mijlpalen.dagtekeningPip()));
        velden.put("einddatumInburgeringstermijn", tekst(mijlpalen.einddatumInburgeringstermijn()));
        velden.put("wachtOpDerdenSinds", tekst(mijlpalen.wachtOpDerdenSinds()));
        velden.put("wachtOpDerdenReden", mijlpalen.wachtOpDerdenReden());
        velden.put("wachtOpDerdenOntvangen", tekst(mijlpalen.wachtOpDerdenOntvangen()));
        velden.replaceAll((k, v) -> v == null || v.isBlank() ? null : v);
        return velden;
    }

    public String adres() {
        String regel1 = String.join(" ", nonNull(contact.straat(), contact.huisnummer()))
                .trim();
        String regel2 = String.join(" ", nonNull(contact.postcode(), contact.woonplaats()))
                .trim();
        String adres = (regel1 + (regel1.isEmpty() || regel2.isEmpty() ? "" : ", ") + regel2).trim();
        return adres.isEmpty() ? null : adres;
    }

    private static List<String> nonNull(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).toList();
    }

    private static String tekst(Object value) {
        return value == null ? null : value.toString();
    }
}
