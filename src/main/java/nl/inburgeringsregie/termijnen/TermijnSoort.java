package nl.inburgeringsregie.termijnen;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;

/**
 * A kind of deadline: an open value, contributed by the module that owns it ({@link TermijnBron#soorten()}) and known
 * to the application through {@link TermijnSoorten}, which parses every stored and requested code. {@code code}: the
 * API's and the database's name, and the key of its texts ({@code termijn.soort.<code>}, the label;
 * {@code actie.<code>}, the worklist's action). A duty ({@code venster == false}) is missed when its last day passes; a
 * window ({@code venster == true}) simply closes. {@code pagina}: the dossier's page where the act that meets it is
 * done ({@code /inburgeraars/{id}/<pagina>}), by default the deadlines' timeline.
 *
 * <p>The five kinds of the route are constants, so that callers can name them; the modules that own them contribute
 * them (T-2 {@code intake}, T-1 {@code pip}, the others {@code termijnen}).
 */
@Schema(
        type = "string",
        description = "De code van de soort termijn, bijvoorbeeld PIP_VASTSTELLEN (regel T-1); een open lijst: "
                + "modules voegen soorten toe",
        example = "PIP_VASTSTELLEN")
public record TermijnSoort(String code, boolean venster, String pagina) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final String TIJDLIJN = "termijnen";

    /** T-2: the internal target for the brede intake (contributed by module intake). */
    public static final TermijnSoort BREDE_INTAKE = new TermijnSoort("BREDE_INTAKE", false, "intake");
    /** T-1: the PIP within 10 weeks (contributed by module pip). */
    public static final TermijnSoort PIP_VASTSTELLEN = new TermijnSoort("PIP_VASTSTELLEN", false, "pip");
    /** T-3 (with T-13's attention list): the three-year inburgeringstermijn. */
    public static final TermijnSoort INBURGERINGSTERMIJN = new TermijnSoort("INBURGERINGSTERMIJN", false);
    /** T-6: the window for switching leerroute. */
    public static final TermijnSoort SCHAKELEN = new TermijnSoort("SCHAKELEN", true);
    /** T-5: the window for asking DUO for an extension. */
    public static final TermijnSoort VERLENGING_AANVRAGEN = new TermijnSoort("VERLENGING_AANVRAGEN", true);

    public TermijnSoort {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A deadline kind's code is upper case, digits and _: " + code);
        }
        if (pagina == null || !pagina.matches("[a-z]+")) {
            throw new IllegalArgumentException("A deadline kind's page is one path segment: " + pagina);
        }
    }

    /** A kind whose act is done on no page of its own: the worklist links to the deadlines' timeline. */
    public TermijnSoort(String code, boolean venster) {
        this(code, venster, TIJDLIJN);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
