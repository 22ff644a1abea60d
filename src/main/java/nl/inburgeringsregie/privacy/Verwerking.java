package nl.inburgeringsregie.privacy;

import java.util.List;

/**
 * The processing activities of this application as the processing register (AVG art. 30) lists them (issue 14 point
 * 17). Each names the purpose recorded with every access ({@link Doelbinding}; every purpose belongs to at least one
 * processing, {@code VerwerkingsregisterTest} checks), its legal basis, the people and data concerned, the recipients
 * and the retention setting. docs/verwerkingsregister.md is generated from this enum and the configured retention
 * periods ({@link Verwerkingsregister}); a test fails when the committed copy differs.
 *
 * <p>The legal bases are this project's reading (docs/adr, rule book section 6 privacy); the gemeente's functionaris
 * gegevensbescherming confirms them in the gemeente's own register.
 */
enum Verwerking {
    REGIE_INBURGERING(
            Doelbinding.UITVOERING_WET_INBURGERING,
            "Regie op de inburgering",
            "AVG art. 6 lid 1 sub c en e (wettelijke taak van het college onder de Wet inburgering 2021: brede intake, "
                    + "PIP, ontzorgen, begeleiding en handhaving); geen toestemming.",
            List.of("inburgeringsplichtigen en vrijwillige inburgeraars", "hun partner en kinderen (gezinsgegevens)"),
            List.of(
                    "BSN, naam, geboortedatum, geslacht, nationaliteiten, land van herkomst, talen en tolkbehoefte",
                    "adres, telefoon, e-mail",
                    "partner en kinderen (naam, geboortedatum)",
                    "doelgroep, wet, fase, kennisgeving, koppeling, huisvesting, inschrijving BRP, start bijstand",
                    "brede intake per leefgebied, leerbaarheidstoets, routeadvies en routebesluit, afspraken",
                    "PIP-versies met afspraken, zienswijze en beschikking",
                    "termijnen, signalen en het journaal"),
            List.of("gezondheid (fysiek en mentaal) in de brede intake: alleen waar nodig voor de route en alleen "
                    + "zichtbaar voor de consulent van het dossier (regel I-5, AVG art. 9); toewijzing zonder teamleider "
                    + "alleen met een reden die de privacy officer ziet"),
            List.of(
                    "DUO (zie gegevensuitwisseling DUO)",
                    "medewerkers van de gemeente volgens hun rol (docs/rollen.md)"),
            List.of(".dossier", ".bijzondere-gegevens")),

    GEGEVENSUITWISSELING_DUO(
            Doelbinding.GEGEVENSUITWISSELING_DUO,
            "Gegevensuitwisseling met DUO",
            "AVG art. 6 lid 1 sub c (Wet inburgering 2021 en Besluit inburgering 2021: gegevensverstrekking tussen DUO "
                    + "en het college, DUO's M2M-koppelvlakken).",
            List.of("inburgeringsplichtigen van wie DUO de gemeente notificeert"),
            List.of(
                    "BSN, v-nummer",
                    "DUO's notificaties (inburgeringsplicht, doelgroep, termijn, examens, "
                            + "vrijstellingen, ontheffingen) en DUO's antwoorden op raadplegingen",
                    "meldingen aan DUO (PIP, MAP, PVT, Z-route, uren, inburgeringsaanbod, contactpersoon)"),
            List.of(),
            List.of("DUO (Dienst Uitvoering Onderwijs), over Diginetwerk met PKIoverheid-certificaten"),
            List.of(".dossier", ".notificaties-zonder-dossier")),

    BEVEILIGING_EN_VERANTWOORDING(
            Doelbinding.BEVEILIGING,
            "Beveiliging en verantwoording (auditlog)",
            "AVG art. 6 lid 1 sub c, art. 5 lid 2 en art. 32 (verantwoording en beveiliging); BIO.",
            List.of("medewerkers en machineaccounts", "inburgeraars van wie gegevens zijn ingezien of gewijzigd"),
            List.of(
                    "gebruikersnaam, rollen, adres van herkomst, tijdstip, actie, doel",
                    "dossiernummer van de betrokkene (geen naam of BSN)",
                    "mislukte inlogpogingen met accountnaam en adres"),
            List.of(),
            List.of("de privacy officer van de gemeente (alleen lezen)"),
            List.of(".auditlog")),

    RECHTEN_VAN_BETROKKENEN(
            Doelbinding.RECHTEN_BETROKKENE,
            "Afhandeling van verzoeken van betrokkenen",
            "AVG art. 6 lid 1 sub c in samenhang met art. 12, 15 en 16 (inzage en rectificatie).",
            List.of("betrokkenen die een verzoek doen en hun vertegenwoordigers"),
            List.of(
                    "BSN, verzoeker, omschrijving van het verzoek, ontvangst- en uiterste datum, verlenging, uitkomst "
                            + "en toelichting",
                    "de inzage-export (wordt niet bewaard, alleen het maken ervan in het auditlog)"),
            List.of(),
            List.of("de betrokkene zelf"),
            List.of(".privacyverzoeken")),

    BEWAREN_EN_VERNIETIGEN(
            Doelbinding.BEWAREN_EN_VERNIETIGEN,
            "Bewaren en vernietigen",
            "Archiefwet 1995 (art. 3 en 5, selectielijst) en AVG art. 5 lid 1 sub e (opslagbeperking).",
            List.of("inburgeraars van wie het dossier wordt bewaard, geblokkeerd of vernietigd"),
            List.of(
                    "bewaarblokkades met reden",
                    "verklaring van vernietiging: dossiernummer, gemeente, categorie, "
                            + "einde plicht, datum van vernietiging (geen andere persoonsgegevens)"),
            List.of(),
            List.of("de archivaris en de privacy officer van de gemeente"),
            List.of());

    private final Doelbinding doel;
    private final String naam;
    private final String grondslag;
    private final List<String> betrokkenen;
    private final List<String> gegevens;
    private final List<String> bijzondereGegevens;
    private final List<String> ontvangers;
    private final List<String> bewaartermijnen;

    Verwerking(
            Doelbinding doel,
            String naam,
            String grondslag,
            List<String> betrokkenen,
            List<String> gegevens,
            List<String> bijzondereGegevens,
            List<String> ontvangers,
            List<String> bewaartermijnen) {
        this.doel = doel;
        this.naam = naam;
        this.grondslag = grondslag;
        this.betrokkenen = betrokkenen;
        this.gegevens = gegevens;
        this.bijzondereGegevens = bijzondereGegevens;
        this.ontvangers = ontvangers;
        this.bewaartermijnen = bewaartermijnen;
    }

    public Doelbinding doel() {
        return doel;
    }

    public String naam() {
        return naam;
    }

    public String grondslag() {
        return grondslag;
    }

    public List<String> betrokkenen() {
        return betrokkenen;
    }

    public List<String> gegevens() {
        return gegevens;
    }

    public List<String> bijzondereGegevens() {
        return bijzondereGegevens;
    }

    public List<String> ontvangers() {
        return ontvangers;
    }

    /**
     * The retention settings that apply, as suffixes of {@link BewaartermijnInstellingen#PREFIX} (e.g. {@code .dossier});
     * an entry not starting with a dot is a sentence for what no setting covers.
     */
    public List<String> bewaartermijnen() {
        return bewaartermijnen;
    }
}
