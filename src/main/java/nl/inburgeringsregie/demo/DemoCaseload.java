package nl.inburgeringsregie.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.inburgeringsregie.gebruikers.Gemeente;
import nl.inburgeringsregie.inburgeraar.Bsn;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie.Dossierinvoer;
import nl.inburgeringsregie.inburgeraar.Contactgegevens;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.GedetailleerdeDoelgroep;
import nl.inburgeringsregie.inburgeraar.Geslacht;
import nl.inburgeringsregie.inburgeraar.InburgeraarGegevens;
import nl.inburgeringsregie.inburgeraar.Kind;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.inburgeraar.Partner;
import nl.inburgeringsregie.inburgeraar.Registratiebron;
import nl.inburgeringsregie.inburgeraar.Wet;

/**
 * Generates a believable caseload: seeded and deterministic (the same seed, day, gemeente and numbers give
 * the same people), every person valid as a desk registration would require. Origins, languages,
 * household shapes and the dates that drive the law follow the two doelgroepen (PL-3): asylum permit
 * holders are linked by COA (koppeling), housed months later and start on bijstand; family migrants
 * register in the BRP on arrival and DUO's notice follows. Most people became plichtig in the last three
 * years (Wi2021); a few older cases run under Wi2013 (PL-4). The phase follows the time since the notice.
 *
 * <p>BSNs pass the 11-proef, are unique across everything one run generates (a running person number is
 * spread over 1000000–8999999 and completed to nine digits) and never start with 9, which tests keep for
 * themselves.
 */
final class DemoCaseload {

    /** Where the generated people of one gemeente live: woonplaats, postcode range and streets. */
    record Woonplaats(String naam, int postcodeVan, int postcodeTot, List<String> straten) {}

    static final Woonplaats HAARLEM = new Woonplaats(
            "Haarlem",
            2011,
            2037,
            List.of(
                    "Amsterdamstraat",
                    "Rijksstraatweg",
                    "Schoterweg",
                    "Zijlweg",
                    "Kleverparkweg",
                    "Amsterdamsevaart",
                    "Europaweg",
                    "Prins Bernhardlaan",
                    "Zaanenlaan",
                    "Marsmanplein",
                    "Vondelweg",
                    "Boerhaavelaan",
                    "Leonardo da Vincilaan",
                    "Delftplein",
                    "Planetenlaan",
                    "Floris van Adrichemlaan",
                    "Spaarndamseweg",
                    "Generaal Cronjéstraat"));
    static final Woonplaats VELSEN = new Woonplaats(
            "IJmuiden",
            1971,
            1976,
            List.of(
                    "Lange Nieuwstraat",
                    "Kennemerlaan",
                    "Zeeweg",
                    "Planetenweg",
                    "Eenhoornstraat",
                    "Dokweg",
                    "Orionweg",
                    "Pleiadenplantsoen",
                    "Tussenbeeksweg",
                    "Heerenduinweg",
                    "Willem de Zwijgerlaan",
                    "Velserduinweg"));

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);
    private static final List<String> NEDERLANDSE_VOORNAMEN = List.of(
            "Jeroen", "Daan", "Mark", "Bas", "Sander", "Lisa", "Anouk", "Femke", "Sanne", "Eva", "Thijs", "Lotte");
    private static final List<String> NEDERLANDSE_ACHTERNAMEN = List.of(
            "de Boer",
            "Jansen",
            "de Vries",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Groot",
            "Mulder",
            "Bos",
            "Vos",
            "Kok",
            "Dekker");

    private final long seed;
    private final LocalDate vandaag;
    private final int totaalGewichtAsiel;
    private final int totaalGewichtGezin;

    DemoCaseload(long seed, LocalDate vandaag) {
        this.seed = seed;
        this.vandaag = vandaag;
        this.totaalGewichtAsiel =
                Herkomst.ALLE.stream().mapToInt(Herkomst::gewichtAsiel).sum();
        this.totaalGewichtGezin =
                Herkomst.ALLE.stream().mapToInt(Herkomst::gewichtGezin).sum();
    }

    /**
     * The caseload of one gemeente: {@code aantal} people, numbered from {@code eerstePersoonsnummer} (give
     * each gemeente its own range so BSNs stay unique), assigned among {@code consulenten} (evenly, or with
     * about half for the first when {@code eersteDraagtDeHelft}: the demo login; some new cases are not
     * assigned yet).
     */
    Stream<Dossierinvoer> voor(
            Gemeente gemeente,
            Woonplaats woonplaats,
            List<String> consulenten,
            int aantal,
            long eerstePersoonsnummer,
            boolean eersteDraagtDeHelft) {
        if (eerstePersoonsnummer < 0 || eerstePersoonsnummer + aantal > 8_000_000L) {
            throw new IllegalArgumentException("At most 8 000 000 generated people");
        }
        return IntStream.range(0, aantal)
                .mapToObj(
                        i -> persoon(gemeente, woonplaats, consulenten, eerstePersoonsnummer + i, eersteDraagtDeHelft));
    }

    private Dossierinvoer persoon(
            Gemeente gemeente,
            Woonplaats woonplaats,
            List<String> consulenten,
            long nummer,
            boolean eersteDraagtDeHelft) {
        SplittableRandom r = new SplittableRandom(meng(seed * 1_000_003L + nummer));
        boolean asiel = r.nextInt(100) < 70;
        Herkomst herkomst = kiesHerkomst(r, asiel);

        // When the duty started (DUO's notice): mostly the last three years, a few older Wi2013 cases.
        boolean oudRecht = r.nextInt(100) < 5;
        LocalDate kennisgeving = oudRecht
                ? LocalDate.of(2020, 3, 1).plusDays(r.nextInt(640))
                : vandaag.minusDays(3 + r.nextInt(3 * 365));
        Wet wet = kennisgeving.isBefore(WI2021) ? Wet.WI2013 : Wet.WI2021;

        Geslacht geslacht =
                r.nextInt(1000) < 5 ? Geslacht.O : r.nextInt(100) < (asiel ? 60 : 35) ? Geslacht.M : Geslacht.V;
        boolean man = geslacht == Geslacht.M || (geslacht == Geslacht.O && r.nextBoolean());
        int leeftijd = 18
                + (int) Math.min(
                        44, Math.abs(r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5) * 30 + r.nextInt(6));
        LocalDate geboortedatum = kennisgeving.minusYears(leeftijd).minusDays(r.nextInt(365));
        String voornaam = kies(r, man ? herkomst.mannen() : herkomst.vrouwen());
        if (r.nextInt(100) < 30) {
            voornaam = voornaam + " " + kies(r, man ? herkomst.mannen() : herkomst.vrouwen());
        }
        String achternaam = kies(r, herkomst.achternamen());

        // Doelgroep (PL-3): nareizigers of a permit holder count as asielstatushouder.
        GedetailleerdeDoelgroep detail;
        Doelgroep doelgroep;
        if (asiel) {
            doelgroep = Doelgroep.ASIELSTATUSHOUDER;
            int k = r.nextInt(100);
            detail = k < 78
                    ? GedetailleerdeDoelgroep.ASIELSTATUSHOUDER
                    : k < 92
                            ? GedetailleerdeDoelgroep.GEZINSHERENIGER_MET_ASIELSTATUSHOUDER
                            : GedetailleerdeDoelgroep.GEZINSVORMER_MET_ASIELSTATUSHOUDER;
        } else {
            doelgroep = Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT;
            int k = r.nextInt(100);
            detail = k < 55
                    ? GedetailleerdeDoelgroep.GEZINSVORMER
                    : k < 85
                            ? GedetailleerdeDoelgroep.GEZINSHERENIGER
                            : k < 98 ? GedetailleerdeDoelgroep.OVERIG : GedetailleerdeDoelgroep.GEESTELIJK_BEDIENAAR;
        }

        // Household.
        boolean metPartner = switch (detail) {
            case GEZINSVORMER,
                    GEZINSHERENIGER,
                    GEZINSVORMER_MET_ASIELSTATUSHOUDER,
                    GEZINSHERENIGER_MET_ASIELSTATUSHOUDER -> true;
            default -> r.nextInt(100) < 40;
        };
        Partner partner = null;
        if (metPartner) {
            boolean nederlandsePartner =
                    !asiel && detail == GedetailleerdeDoelgroep.GEZINSVORMER && r.nextInt(100) < 45;
            String partnerNaam = nederlandsePartner
                    ? kies(r, NEDERLANDSE_VOORNAMEN) + " " + kies(r, NEDERLANDSE_ACHTERNAMEN)
                    : kies(r, man ? herkomst.vrouwen() : herkomst.mannen()) + " " + achternaam;
            partner = new Partner(partnerNaam, geboortedatum.plusDays(r.nextInt(-3000, 1000)));
        }
        List<Kind> kinderen = new ArrayList<>();
        int aantalKinderen = metPartner || r.nextInt(100) < 20 ? kinderen(r, asiel, leeftijd) : 0;
        LocalDate eersteMogelijk = geboortedatum.plusYears(19);
        for (int k = 0; k < aantalKinderen && eersteMogelijk.isBefore(vandaag); k++) {
            long ruimte = ChronoUnit.DAYS.between(eersteMogelijk, vandaag);
            LocalDate geboren = eersteMogelijk.plusDays(r.nextLong(Math.max(1, Math.min(ruimte, 20 * 365L))));
            kinderen.add(new Kind(
                    kies(r, r.nextBoolean() ? herkomst.mannen() : herkomst.vrouwen())
                            .split(" ")[0],
                    geboren));
        }
        kinderen.sort((a, b) -> a.geboortedatum().compareTo(b.geboortedatum()));

        // The dates that drive the law.
        LocalDate koppeling = null;
        LocalDate huisvesting;
        LocalDate inschrijvingBrp;
        LocalDate startBijstand = null;
        if (asiel) {
            koppeling = kennisgeving.plusDays(r.nextInt(-20, 40));
            huisvesting = koppeling.plusDays(60 + r.nextInt(300));
            inschrijvingBrp = kennisgeving.minusDays(r.nextInt(10, 90));
            if (r.nextInt(100) < 85) {
                startBijstand = huisvesting;
            }
        } else {
            inschrijvingBrp = kennisgeving.minusDays(r.nextInt(14, 120));
            huisvesting = inschrijvingBrp;
            if (r.nextInt(100) < 8) {
                startBijstand = inschrijvingBrp.plusDays(r.nextInt(30, 400));
            }
        }
        koppeling = nietNa(koppeling);
        huisvesting = nietNa(huisvesting);
        startBijstand = startBijstand == null || startBijstand.isAfter(vandaag) ? null : startBijstand;

        // Languages, interpreter, nationality.
        List<String> talen = new ArrayList<>(List.of(kies(r, herkomst.talen())));
        if (!talen.contains("en") && r.nextInt(100) < (asiel ? 25 : 50)) {
            talen.add("en");
        }
        boolean tolk = r.nextDouble() < herkomst.tolkKans();
        List<String> nationaliteiten = new ArrayList<>(List.of(herkomst.land()));
        if (herkomst.land().equals("SY") && r.nextInt(100) < 4) {
            nationaliteiten = new ArrayList<>(List.of("XX"));
        } else if (r.nextInt(100) < 4) {
            nationaliteiten.add(kies(r, List.of("TR", "IR", "GB", "CA", "LB", "JO")));
        }

        // Contact: an address once housed (asylum permit holders live at COA until then).
        Contactgegevens contact = new Contactgegevens(
                "06 " + (10_000_000 + r.nextInt(90_000_000)),
                r.nextInt(100) < 70 ? email(voornaam, achternaam, nummer) : null,
                huisvesting == null ? null : kies(r, woonplaats.straten()),
                huisvesting == null ? null : String.valueOf(1 + r.nextInt(180)),
                huisvesting == null
                        ? null
                        : (woonplaats.postcodeVan()
                                        + r.nextInt(woonplaats.postcodeTot() - woonplaats.postcodeVan() + 1))
                                + " "
                                + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)),
                huisvesting == null ? null : woonplaats.naam());

        // The route so far, consistent with the phase: intake done, PIP dagtekening (most within the 10 weeks of
        // T-1, some late), DUO's end of the termijn once DUO registered it, now and then a wait for third parties.
        Fase fase = fase(r, kennisgeving, wet);
        LocalDate pipStart = later(kennisgeving, asiel ? huisvesting : inschrijvingBrp);
        LocalDate intakeAfgerond = null;
        LocalDate dagtekening = null;
        LocalDate einddatumDuo = null;
        LocalDate wachtSinds = null;
        String wachtReden = null;
        LocalDate wachtOntvangen = null;
        boolean onderweg = fase == Fase.PIP || fase == Fase.INBURGERING || fase == Fase.AFGEROND;
        if (wet == Wet.WI2021 && onderweg && pipStart == null) {
            fase = Fase.BREDE_INTAKE;
        } else if (wet == Wet.WI2021 && onderweg) {
            intakeAfgerond = nietNa(pipStart.plusDays(7 + r.nextInt(45)));
            dagtekening =
                    fase == Fase.PIP ? null : nietNa(pipStart.plusDays(35 + r.nextInt(r.nextInt(100) < 85 ? 35 : 70)));
            if (fase != Fase.PIP && dagtekening == null) {
                fase = Fase.PIP;
            }
            if (intakeAfgerond == null) {
                fase = Fase.BREDE_INTAKE;
                dagtekening = null;
            } else if (dagtekening != null && dagtekening.isBefore(intakeAfgerond)) {
                intakeAfgerond = dagtekening;
            }
            if (dagtekening != null && dagtekening.isBefore(vandaag.minusDays(60))) {
                einddatumDuo = dagtekening.plusYears(3).plusDays(1); // T-3: last day dagtekening + 3 years, exclusive
            }
            if (fase == Fase.PIP && r.nextInt(100) < 20) {
                wachtSinds = nietNa(pipStart.plusDays(14 + r.nextInt(30)));
                wachtReden = wachtSinds == null
                        ? null
                        : kies(
                                r,
                                List.of(
                                        "Medische informatie van de huisarts",
                                        "Diplomawaardering (IDW)",
                                        "Profiel en informatie van COA",
                                        "Advies van de leerbaarheidstoets"));
                wachtOntvangen =
                        wachtSinds == null || r.nextBoolean() ? null : nietNa(wachtSinds.plusDays(7 + r.nextInt(30)));
            }
        }

        InburgeraarGegevens gegevens = new InburgeraarGegevens(
                gemeente.code(),
                bsn(nummer),
                achternaam,
                voornaam,
                geboortedatum,
                geslacht,
                nationaliteiten,
                herkomst.land(),
                talen,
                tolk,
                tolk ? talen.getFirst() : null,
                contact,
                partner,
                kinderen,
                doelgroep,
                detail,
                wet,
                kennisgeving,
                koppeling,
                huisvesting,
                inschrijvingBrp,
                startBijstand,
                new Mijlpalen(intakeAfgerond, dagtekening, einddatumDuo, wachtSinds, wachtReden, wachtOntvangen));

        String consulent = fase == Fase.AANMELDING && r.nextInt(100) < 40
                ? null
                : eersteDraagtDeHelft && r.nextBoolean() ? consulenten.getFirst() : kies(r, consulenten);
        LocalDate registratie =
                asiel && koppeling != null && koppeling.isBefore(kennisgeving) ? koppeling : kennisgeving;
        return new Dossierinvoer(
                gegevens,
                fase,
                consulent,
                asiel ? Registratiebron.DUO : r.nextInt(100) < 60 ? Registratiebron.DUO : Registratiebron.BALIE,
                registratie
                        .atTime(LocalTime.of(8 + r.nextInt(9), r.nextInt(60)))
                        .atZone(AMSTERDAM)
                        .toInstant(),
                consulent != null ? consulent : consulenten.getFirst());
    }

    private Fase fase(SplittableRandom r, LocalDate kennisgeving, Wet wet) {
        long dagen = ChronoUnit.DAYS.between(kennisgeving, vandaag);
        int k = r.nextInt(100);
        if (k < 2) {
            return Fase.UITGESCHREVEN;
        }
        if (wet == Wet.WI2013) {
            return k < 60 ? Fase.AFGEROND : Fase.INBURGERING;
        }
        if (dagen < 42) {
            return k < 70 ? Fase.AANMELDING : Fase.BREDE_INTAKE;
        }
        if (dagen < 120) {
            return k < 15 ? Fase.AANMELDING : k < 75 ? Fase.BREDE_INTAKE : Fase.PIP;
        }
        if (dagen < 240) {
            return k < 20 ? Fase.BREDE_INTAKE : k < 55 ? Fase.PIP : Fase.INBURGERING;
        }
        if (dagen > 900) {
            return k < 30 ? Fase.AFGEROND : Fase.INBURGERING;
        }
        return k < 5 ? Fase.PIP : Fase.INBURGERING;
    }

    private static int kinderen(SplittableRandom r, boolean asiel, int leeftijd) {
        if (leeftijd < 22) {
            return r.nextInt(100) < 80 ? 0 : 1;
        }
        int k = r.nextInt(100);
        if (asiel) {
            return k < 35 ? 0 : k < 52 ? 1 : k < 72 ? 2 : k < 87 ? 3 : 4 + r.nextInt(3);
        }
        return k < 55 ? 0 : k < 80 ? 1 : k < 95 ? 2 : 3;
    }

    private Herkomst kiesHerkomst(SplittableRandom r, boolean asiel) {
        int k = r.nextInt(asiel ? totaalGewichtAsiel : totaalGewichtGezin);
        for (Herkomst herkomst : Herkomst.ALLE) {
            k -= asiel ? herkomst.gewichtAsiel() : herkomst.gewichtGezin();
            if (k < 0) {
                return herkomst;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }

    private LocalDate nietNa(LocalDate datum) {
        return datum == null || datum.isAfter(vandaag) ? null : datum;
    }

    private static String email(String voornaam, String achternaam, long nummer) {
        String naam = (voornaam.split(" ")[0] + "." + achternaam).toLowerCase(Locale.ROOT);
        String ascii = Normalizer.normalize(naam, Normalizer.Form.NFD)
                .replace("ı", "i")
                .replaceAll("[^a-z.]", "");
        return ascii + (nummer % 100) + "@voorbeeld.nl";
    }

    /** A valid BSN for person number n: a bijection of n onto 1000000–8999999, then two check-fitting digits. */
    static String bsn(long nummer) {
        long basis = (nummer * 7919L + 1_234_567L) % 8_000_000L + 1_000_000L;
        for (int achtste = 0; achtste < 10; achtste++) {
            Optional<String> bsn = Bsn.aangevuld(basis + Integer.toString(achtste));
            if (bsn.isPresent()) {
                return bsn.get();
            }
        }
        throw new IllegalStateException("unreachable: two consecutive digits always fit");
    }

    static Woonplaats woonplaatsVan(Gemeente gemeente) {
        return switch (gemeente.code()) {
            case "0392" -> HAARLEM;
            case "0453" -> VELSEN;
            default ->
                new Woonplaats(
                        gemeente.naam(),
                        1000 + Integer.parseInt(gemeente.code()) % 8900,
                        1000 + Integer.parseInt(gemeente.code()) % 8900,
                        List.of(
                                "Stationsweg",
                                "Dorpsstraat",
                                "Kerkstraat",
                                "Molenweg",
                                "Schoolstraat",
                                "Julianalaan",
                                "Beatrixstraat",
                                "Industrieweg"));
        };
    }

    /** Murmur3's finaliser: neighbouring person numbers get unrelated random streams. */
    private static long meng(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static String kies(SplittableRandom r, List<String> opties) {
        return opties.get(r.nextInt(opties.size()));
    }
}
