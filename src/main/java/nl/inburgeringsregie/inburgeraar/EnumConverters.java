package nl.inburgeringsregie.inburgeraar;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters and form fields take DUO's value ("Asielstatushouder") as well as the enum name. */
@Configuration
class EnumConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Doelgroep.class, s -> s.isBlank() ? null : doelgroep(s));
        registry.addConverter(String.class, GedetailleerdeDoelgroep.class, s -> s.isBlank() ? null : gedetailleerd(s));
    }

    private static Doelgroep doelgroep(String s) {
        for (Doelgroep d : Doelgroep.values()) {
            if (d.name().equals(s) || d.duoWaarde().equals(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown doelgroep");
    }

    private static GedetailleerdeDoelgroep gedetailleerd(String s) {
        for (GedetailleerdeDoelgroep d : GedetailleerdeDoelgroep.values()) {
            if (d.name().equals(s) || d.duoWaarde().equals(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown gedetailleerde doelgroep");
    }
}
