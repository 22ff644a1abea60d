package nl.inburgeringsregie.documenten;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.termijnen.AlgemeneTermijnenwet;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * The beschikking letter of a PIP version as PDF (P-5): the decision in Dutch with its legal basis, agreements,
 * consequences and the objection clause (6 weeks, Awb 6:7), and a summary in the newcomer's language (Arabic, Dari,
 * Tigrinya, Turkish or English; right-to-left where needed). Fonts (Noto, OFL) are embedded; the texts are message
 * bundles under brieven/i18n (translations marked as drafts until a translator reviews them); a gemeente's own
 * template and sender block come from configuration (BriefInstellingen). The plan is handed over as a {@link Plan}, the
 * addressee as an {@link Ontvanger} with only what the letter shows.
 */
@Beslist("P-5")
@Component
public class Beschikking {

    /**
     * What the beschikking shows of a plan version (P-1, P-5); the deciding module's aggregate answers it. Choices are
     * its enum constants (their names are the codes of the letter's texts; the templates, also gemeenten' own, call
     * {@code name()} on them).
     */
    public interface Plan {
        UUID id();

        String gemeentecode();

        int versienummer();

        LocalDate dagtekeningPip();

        Enum<?> leerroute();

        Enum<?> niveau();

        Enum<?> indicatorAlfabetiseringsonderwijs();

        Integer geschatteIntensiteitB1Route();

        String motiveringLeerroute();

        Enum<?> wijzigingsreden();

        String wijzigingstoelichting();

        String zienswijze();

        boolean oneens();

        String standpuntGemeente();

        List<? extends Afspraak> afspraken();
    }

    /** One agreement of a {@link Plan} as the letter shows it. */
    public interface Afspraak {
        Enum<?> onderdeel();

        Enum<?> eigenaar();

        String omschrijving();

        LocalDate uiterlijk();

        String frequentie();

        Integer uren();

        String aanbieder();
    }

    /** The addressee: the name as registered ("Achternaam, Voornamen"), the address, the languages spoken. */
    public record Ontvanger(String naam, String adres, List<String> talen) {}

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final int BEZWAAR_WEKEN = 6;

    /**
     * An agreement as the letter shows it: what, who, with which provider, by when, how often, how many hours (issue 21,
     * h1, point 4). {@code wanneer} (the date, else the frequency) stays for gemeenten' own templates written before.
     */
    record AfspraakRegel(
            String onderdeelCode,
            String onderdeel,
            String eigenaar,
            String omschrijving,
            String wanneer,
            String aanbieder,
            String uiterlijk,
            String frequentie,
            String uren) {}

    /** The own-language summary: texts from the bundle in that language. */
    record Samenvatting(String taal, boolean rtl, Locale locale, ResourceBundleMessageSource bron, String routeCode) {

        public String tekst(String sleutel) {
            return bron.getMessage(sleutel, null, locale);
        }

        public String route() {
            return routeCode == null ? "–" : tekst("brief.s.leerroute." + routeCode);
        }

        public String onderdeel(String code) {
            return tekst("brief.s.onderdeel." + code);
        }
    }

    private final BriefInstellingen instellingen;
    private final ResourceBundleMessageSource teksten;
    private final SpringTemplateEngine sjablonen;
    private final AlgemeneTermijnenwet termijnenwet;

    /** h5 (issue 14 point 13): the sender as set in the UI over the configuration. */
    private final BriefInstellingenBron afzenders;

    Beschikking(BriefInstellingen instellingen, AlgemeneTermijnenwet termijnenwet, BriefInstellingenBron afzenders) {
        this.afzenders = afzenders;
        this.instellingen = instellingen;
        this.termijnenwet = termijnenwet;
        this.teksten = teksten();
        FileTemplateResolver eigen = new FileTemplateResolver();
        eigen.setPrefix(Path.of(instellingen.map()).toAbsolutePath() + "/");
        eigen.setSuffix(".html");
        eigen.setTemplateMode(TemplateMode.XML);
        eigen.setCharacterEncoding("UTF-8");
        eigen.setCheckExistence(true);
        eigen.setCacheable(false);
        eigen.setOrder(1);
        ClassLoaderTemplateResolver standaard = standaardSjablonen();
        standaard.setOrder(2);
        this.sjablonen = sjablonen(teksten, eigen, standaard);
    }

    /** The letters' texts (documenten/brieven/i18n), shared by every letter of the module. */
    static ResourceBundleMessageSource teksten() {
        ResourceBundleMessageSource teksten = new ResourceBundleMessageSource();
        teksten.setBasenames("documenten/brieven/i18n/brief");
        teksten.setDefaultEncoding("UTF-8");
        teksten.setFallbackToSystemLocale(false);
        return teksten;
    }

    /** The letters' own templates on the classpath (documenten/brieven/*.html, XHTML for the PDF renderer). */
    static ClassLoaderTemplateResolver standaardSjablonen() {
        ClassLoaderTemplateResolver standaard = new ClassLoaderTemplateResolver();
        standaard.setPrefix("documenten/brieven/");
        standaard.setSuffix(".html");
        standaard.setTemplateMode(TemplateMode.XML);
        standaard.setCharacterEncoding("UTF-8");
        return standaard;
    }

    static SpringTemplateEngine sjablonen(ResourceBundleMessageSource teksten, ITemplateResolver... resolvers) {
        SpringTemplateEngine sjablonen = new SpringTemplateEngine();
        sjablonen.setTemplateResolvers(Set.of(resolvers));
        sjablonen.setTemplateEngineMessageSource(teksten);
        return sjablonen;
    }

    /**
     * The letter of a vastgesteld plan as PDF. {@code termijnStart}: the first day of the inburgeringstermijn (T-3), as
     * the termijnen module has it (the letter does not compute it); null while unknown.
     */
    public byte[] pdf(Plan pip, Ontvanger ontvanger, String consulentNaam, LocalDate termijnStart) {
        Context context = new Context(Locale.of("nl", "NL"));
        LocalDate dagtekening = pip.dagtekeningPip();
        Locale nl = Locale.of("nl", "NL");
        context.setVariable("afzender", afzenders.afzender(pip.gemeentecode()));
        context.setVariable("naam", leesbareNaam(ontvanger.naam()));
        context.setVariable("adres", ontvanger.adres() == null ? "" : ontvanger.adres());
        context.setVariable("dagtekening", dagtekening.format(DATUM));
        context.setVariable("kenmerk", "PIP-" + pip.id().toString().substring(0, 8) + "-" + pip.versienummer());
        context.setVariable("pip", pip);
        context.setVariable(
                "reden",
                pip.wijzigingsreden() == null
                        ? null
                        : teksten.getMessage(
                                "brief.reden." + pip.wijzigingsreden().name(),
                                null,
                                pip.wijzigingsreden().name(),
                                nl));
        context.setVariable(
                "route",
                pip.leerroute() == null
                        ? "–"
                        : teksten.getMessage(
                                "brief.leerroute." + pip.leerroute().name(), null, nl));
        context.setVariable("termijnStart", termijnStart == null ? "–" : termijnStart.format(DATUM));
        context.setVariable("bezwaarTot", bezwaarTot(dagtekening).format(DATUM));
        context.setVariable("consulent", consulentNaam);
        context.setVariable(
                "afspraken",
                pip.afspraken().stream()
                        .map(a -> new AfspraakRegel(
                                a.onderdeel().name(),
                                teksten.getMessage(
                                        "brief.onderdeel." + a.onderdeel().name(), null, nl),
                                teksten.getMessage(
                                        "brief.eigenaar." + a.eigenaar().name(), null, nl),
                                a.omschrijving(),
                                a.uiterlijk() != null ? a.uiterlijk().format(DATUM) : a.frequentie(),
                                a.aanbieder() == null ? "–" : a.aanbieder(),
                                a.uiterlijk() == null ? "–" : a.uiterlijk().format(DATUM),
                                a.frequentie() == null ? "–" : a.frequentie(),
                                a.uren() == null
                                        ? "–"
                                        : teksten.getMessage("brief.urenWaarde", new Object[] {a.uren()}, nl)))
                        .toList());
        context.setVariable("samenvatting", samenvatting(ontvanger.talen(), pip));
        String sjabloon = Files.exists(Path.of(instellingen.map(), pip.gemeentecode(), "beschikking.html"))
                ? pip.gemeentecode() + "/beschikking"
                : "beschikking";
        return render(sjablonen.process(sjabloon, context));
    }

    /**
     * P-5, T-14: the last day for bezwaar, six weeks after the dagtekening (Awb 6:7), run on to the next working day when
     * it ends on a Saturday, Sunday or algemeen erkende feestdag (Atw art. 1 and 3; whether it does is configuration).
     */
    public LocalDate bezwaarTot(LocalDate dagtekening) {
        return termijnenwet
                .einde(AlgemeneTermijnenwet.Periode.BEZWAAR, dagtekening.plusWeeks(BEZWAAR_WEKEN))
                .datum();
    }

    /** The summary language: the newcomer's first language we have a summary for; English otherwise. */
    Samenvatting samenvatting(List<String> talen, Plan pip) {
        String taal = talen.stream()
                .map(Beschikking::samenvattingstaal)
                .filter(t -> t != null)
                .findFirst()
                .orElse("en");
        boolean rtl = taal.equals("ar") || taal.equals("prs");
        return new Samenvatting(
                taal,
                rtl,
                Locale.of(taal),
                teksten,
                pip.leerroute() == null ? null : pip.leerroute().name());
    }

    static String samenvattingstaal(String taal) {
        return switch (taal) {
            case "ar", "ary", "apc" -> "ar";
            case "ti", "tig" -> "ti";
            case "prs", "fa" -> "prs";
            case "tr" -> "tr";
            case "en" -> "en";
            default -> null;
        };
    }

    private static String leesbareNaam(String naam) {
        int komma = naam.indexOf(", ");
        return komma < 0 ? naam : naam.substring(komma + 2) + " " + naam.substring(0, komma);
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
            font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
            font(builder, "NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400);
            font(builder, "NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700);
            font(builder, "NotoSansEthiopic-Regular.ttf", "Noto Sans Ethiopic", 400);
            font(builder, "NotoSansEthiopic-Bold.ttf", "Noto Sans Ethiopic", 700);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(uit);
            builder.run();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Rendering the letter failed", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String bestand, String familie, int gewicht) {
        builder.useFont(
                () -> {
                    InputStream in = Beschikking.class.getResourceAsStream("/documenten/fonts/" + bestand);
                    if (in == null) {
                        throw new IllegalStateException("Missing font " + bestand);
                    }
                    return in;
                },
                familie,
                gewicht,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }
}
