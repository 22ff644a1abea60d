package nl.inburgeringsregie.infrastructure.web;

/**
 * Nothing there — or nothing the user may see: another gemeente's dossier answers exactly like a
 * missing one, so ids do not leak which dossiers exist.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
