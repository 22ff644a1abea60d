package nl.inburgeringsregie.infrastructure.web;

/** The request conflicts with the current state (a stale version, a duplicate); answered 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String link;

    public ConflictException(String message, String link) {
        super(message);
        this.link = link;
    }

    /** Where the conflicting resource lives (e.g. the existing dossier), or null. */
    public String link() {
        return link;
    }
}
