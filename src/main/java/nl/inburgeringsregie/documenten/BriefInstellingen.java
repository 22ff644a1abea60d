package nl.inburgeringsregie.documenten;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.brieven.*}: what a functioneel beheerder sets per gemeente without a release — the
 * sender block and signatory ({@code gemeenten.<code>.*}, for other gemeenten {@code standaard.*}), and a directory
 * ({@code map}) where a gemeente's own letter template ({@code <map>/<code>/beschikking.html}) replaces the standard
 * one.
 */
@ConfigurationProperties("inburgeringsregie.brieven")
record BriefInstellingen(@DefaultValue("brieven") String map, Afzender standaard, Map<String, Afzender> gemeenten) {

    /** In the standard sender's values, the placeholder for the gemeente's code. */
    static final String GEMEENTECODE = "{gemeentecode}";

    record Afzender(
            String naam,
            String afdeling,
            String adres,
            String telefoon,
            String email,
            String ondertekenaar,
            String functie) {

        /** These values with {@value #GEMEENTECODE} replaced by the gemeente's code. */
        Afzender voor(String gemeentecode) {
            return new Afzender(
                    vul(naam, gemeentecode),
                    vul(afdeling, gemeentecode),
                    vul(adres, gemeentecode),
                    vul(telefoon, gemeentecode),
                    vul(email, gemeentecode),
                    vul(ondertekenaar, gemeentecode),
                    vul(functie, gemeentecode));
        }

        private static String vul(String waarde, String gemeentecode) {
            return waarde == null ? null : waarde.replace(GEMEENTECODE, gemeentecode);
        }
    }

    BriefInstellingen {
        Objects.requireNonNull(standaard, "inburgeringsregie.brieven.standaard is not configured");
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    /** The configured sender of the gemeente, or the standard one. */
    Afzender afzender(String gemeentecode) {
        Afzender eigen = gemeenten.get(gemeentecode);
        return eigen != null ? eigen : standaard.voor(gemeentecode);
    }
}
