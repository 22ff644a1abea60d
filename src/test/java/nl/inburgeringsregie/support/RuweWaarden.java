package nl.inburgeringsregie.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Issue 21 point 2: what counts as a raw value in the text a person sees — a constant of the project's enums (collected
 * by reflection), another SCREAMING_SNAKE code, an ISO date, {@code true}/{@code false}/{@code null}/{@code []}, a
 * missing message ({@code ??}) or a long-form IPv6 address. Shared by the screen walks ({@code RuweWaardenBrowserTest},
 * {@code RuweWaardenBeheerEnPrivacyBrowserTest}).
 */
public final class RuweWaarden {

    /**
     * Upper-case words that are Dutch text on screen, not internal values: the law's abbreviations (TST: the
     * taalschakeltraject's recognition; NT2: Dutch as a second language, issue 15) and DUO's name.
     */
    private static final Set<String> AFKORTINGEN =
            Set.of("PIP", "DUO", "MAP", "KNM", "PVT", "MBO", "HBO", "BSN", "AVG", "COA", "TST", "NT2");

    private static final Pattern WOORD = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9_]{2,}(?![\\p{L}\\p{N}_])");
    private static final Pattern ISO_DATUM = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    private static final Pattern SLANG_CODE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\p{L}\\p{N}_])");
    private static final Pattern RUW =
            Pattern.compile("(?<![\\p{L}])(true|false|null)(?![\\p{L}])|\\[\\]|\\?\\?|0:0:0:0:0:0:0:1");

    private static Set<String> constanten;

    private RuweWaarden() {}

    /** Adds to {@code gevonden} every raw value in the text of the page at {@code pad}, with its context. */
    public static void controleer(String pad, String tekst, List<String> gevonden) {
        Set<String> constanten = enumConstanten();
        Matcher woorden = WOORD.matcher(tekst);
        while (woorden.find()) {
            if (constanten.contains(woorden.group()) && !AFKORTINGEN.contains(woorden.group())) {
                gevonden.add(pad + ": " + woorden.group() + " … " + context(tekst, woorden.start()));
            }
        }
        for (Pattern patroon : List.of(ISO_DATUM, SLANG_CODE, RUW)) {
            zoek(pad, tekst, patroon, gevonden);
        }
    }

    /** Adds every match of {@code patroon} in {@code tekst}, with its context. */
    public static void zoek(String pad, String tekst, Pattern patroon, List<String> gevonden) {
        Matcher m = patroon.matcher(tekst);
        while (m.find()) {
            gevonden.add(pad + ": " + m.group() + " … " + context(tekst, m.start()));
        }
    }

    private static String context(String tekst, int positie) {
        return tekst.substring(Math.max(0, positie - 40), Math.min(tekst.length(), positie + 40))
                .replace('\n', ' ');
    }

    /** Every constant of the project's enums, except DUO's event codes (SS101…, shown as DUO's own codes). */
    public static synchronized Set<String> enumConstanten() {
        if (constanten == null) {
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false) {
                        @Override
                        protected boolean isCandidateComponent(AnnotatedBeanDefinition definitie) {
                            return true;
                        }
                    };
            scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
            Set<String> alle = new TreeSet<>();
            for (BeanDefinition definitie : scanner.findCandidateComponents("nl.inburgeringsregie")) {
                try {
                    Class<?> type = Class.forName(definitie.getBeanClassName());
                    if (type.isEnum()
                            && !type.getName().equals("nl.inburgeringsregie.duo.Gebeurtenis")
                            && type.getName().startsWith("nl.inburgeringsregie")
                            && !type.getName().contains("Test")) {
                        for (Object c : type.getEnumConstants()) {
                            alle.add(((Enum<?>) c).name());
                        }
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            constanten = alle;
        }
        return constanten;
    }
}
