package nl.inburgeringsregie.intake;

/**
 * The leefgebieden of the brede intake (I-1): the 13 of the policy documents, plus financiële situatie for
 * statushouders. {@code schaal}: scored 1–5 (anchors in the message bundle); {@code bijzonder}: special-category
 * data (I-5), visible only to those working on the dossier.
 */
public enum Leefgebied {
    LEERBAARHEID(false, false, false),
    OPLEIDING(false, false, false),
    WERKERVARING(false, false, false),
    COMPETENTIES(false, false, false),
    WERKNEMERSVAARDIGHEDEN(true, false, false),
    TAALNIVEAU(false, false, false),
    MOTIVATIE(true, false, false),
    ZELFREDZAAMHEID(true, false, false),
    DIGITALE_VAARDIGHEDEN(true, false, false),
    GEZINSSITUATIE(false, false, false),
    FYSIEKE_GEZONDHEID(false, true, false),
    MENTALE_GEZONDHEID(false, true, false),
    SOCIAAL_NETWERK(true, false, false),
    FINANCIELE_SITUATIE(false, false, true);

    private final boolean schaal;
    private final boolean bijzonder;
    private final boolean alleenStatushouder;

    Leefgebied(boolean schaal, boolean bijzonder, boolean alleenStatushouder) {
        this.schaal = schaal;
        this.bijzonder = bijzonder;
        this.alleenStatushouder = alleenStatushouder;
    }

    public boolean schaal() {
        return schaal;
    }

    public boolean bijzonder() {
        return bijzonder;
    }

    public boolean alleenStatushouder() {
        return alleenStatushouder;
    }
}
