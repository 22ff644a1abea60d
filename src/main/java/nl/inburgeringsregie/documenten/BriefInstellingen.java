package nl.inburgeringsregie.documenten;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.brieven.*}: what a functioneel beheerder sets per gemeente without a release — the
 * sender block and signatory ({@code gemeenten.<code>.*}), and a directory ({@code map}) where a gemeente's own
 * letter template ({@code <map>/<code>/beschikking.html}) replaces the standard one.
 */
@ConfigurationProperties("inburgeringsregie.brieven")
record BriefInstellingen(@DefaultValue("brieven") String map, Map<String, Afzender> gemeenten) {

    record Afzender(
            String naam,
            String afdeling,
            String adres,
            String telefoon,
            String email,
            String ondertekenaar,
            String functie) {}

    BriefInstellingen {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    Afzender afzender(String gemeentecode) {
        return gemeenten.getOrDefault(
                gemeentecode,
                new Afzender(
                        "Gemeente " + gemeentecode,
                        "Team inburgering",
                        "",
                        "",
                        "",
                        "Het college van burgemeester en wethouders",
                        ""));
    }
}
