package nl.inburgeringsregie.infrastructure.fouten;

/**
 * Nothing there — or nothing the user may see: another gemeente's dossier answers exactly like a
 * missing one, so ids do not leak which dossiers exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
