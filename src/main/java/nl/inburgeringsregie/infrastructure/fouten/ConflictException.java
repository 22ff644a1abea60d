package nl.inburgeringsregie.infrastructure.fouten;

/**
 * The request conflicts with the current state (a stale version, a duplicate, a step the aggregate's lifecycle does not
 * allow now); answered 409. The message is a message key of the bundles, resolved by the web layer (a text that is no
 * key is shown as it is).
 */
public class ConflictException extends RuntimeException {

    private final String link;
    private final String veld;
    private final String regel;

    public ConflictException(String message, String link) {
        this(message, link, null);
    }

    /** A conflict on one field (e.g. a BSN that another dossier holds): the answer names the field (h5, issue 14). */
    public ConflictException(String message, String link, String veld) {
        this(message, link, veld, null);
    }

    /**
     * A conflict on one field with the rule that refuses it (a lifecycle step not allowed now, a full contract; issue
     * 15): the answer names the field and the rule id.
     */
    public ConflictException(String message, String link, String veld, String regel) {
        super(message);
        this.link = link;
        this.veld = veld;
        this.regel = regel;
    }

    /** The rule id that refuses the request, or null. */
    public String regel() {
        return regel;
    }

    /** The field the conflict is about, or null. */
    public String veld() {
        return veld;
    }

    /** Where the conflicting resource lives (e.g. the existing dossier), or null. */
    public String link() {
        return link;
    }
}
