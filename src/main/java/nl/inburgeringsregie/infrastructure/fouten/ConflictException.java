package nl.inburgeringsregie.infrastructure.fouten;

/**
 * The request conflicts with the current state (a stale version, a duplicate, a step the aggregate's lifecycle does not
 * allow now); answered 409. The message is a message key of the bundles, resolved by the web layer (a text that is no
 * key is shown as it is).
 */
public class ConflictException extends RuntimeException {

    private final String link;
    private final String veld;

    public ConflictException(String message, String link) {
        this(message, link, null);
    }

    /** A conflict on one field (e.g. a BSN that another dossier holds): the answer names the field (h5, issue 14). */
    public ConflictException(String message, String link, String veld) {
        super(message);
        this.link = link;
        this.veld = veld;
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
