package nl.inburgeringsregie.privacy;

import java.util.List;

/**
 * The processing activities of this application as the processing register (AVG art. 30) lists them (issue 14 point
 * 17). Each names the purpose recorded with every access ({@link Doelbinding}; every purpose belongs to at least one
 * processing, {@code VerwerkingsregisterTest} checks) and the retention settings that apply; its name, legal basis,
 * the people and data concerned and the recipients are texts in {@code i18n/privacy.properties}
 * ({@code verwerking.<NAME>.*}, issue 13 point 6). docs/verwerkingsregister.md is generated from this enum, those texts
 * and the configured retention periods ({@link Verwerkingsregister}); a test fails when the committed copy differs.
 *
 * <p>The legal bases are this project's reading (docs/adr, rule book section 6 privacy); the gemeente's functionaris
 * gegevensbescherming confirms them in the gemeente's own register.
 */
enum Verwerking {
    REGIE_INBURGERING(Doelbinding.UITVOERING_WET_INBURGERING, ".dossier", ".bijzondere-gegevens"),
    GEGEVENSUITWISSELING_DUO(Doelbinding.GEGEVENSUITWISSELING_DUO, ".dossier", ".notificaties-zonder-dossier"),
    BEVEILIGING_EN_VERANTWOORDING(Doelbinding.BEVEILIGING, ".auditlog"),
    RECHTEN_VAN_BETROKKENEN(Doelbinding.RECHTEN_BETROKKENE, ".privacyverzoeken"),
    BEWAREN_EN_VERNIETIGEN(Doelbinding.BEWAREN_EN_VERNIETIGEN),
    FINANCIEEL_ONTZORGEN(Doelbinding.ONTZORGEN, ".dossier"),
    MAATSCHAPPELIJKE_BEGELEIDING(Doelbinding.BEGELEIDING, ".dossier");

    private final Doelbinding doel;
    private final List<String> bewaartermijnen;

    Verwerking(Doelbinding doel, String... bewaartermijnen) {
        this.doel = doel;
        this.bewaartermijnen = List.of(bewaartermijnen);
    }

    public Doelbinding doel() {
        return doel;
    }

    /**
     * The retention settings that apply, as suffixes of {@link BewaartermijnInstellingen#PREFIX} (e.g.
     * {@code .dossier}); none means no automatic destruction.
     */
    public List<String> bewaartermijnen() {
        return bewaartermijnen;
    }

    /** The key prefix of this processing's texts: {@code verwerking.<NAME>.}. */
    String sleutel(String deel) {
        return "verwerking." + name() + "." + deel;
    }
}
