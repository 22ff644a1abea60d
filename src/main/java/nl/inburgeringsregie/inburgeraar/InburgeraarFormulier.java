package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration and edit form as the browser posts it. Nationalities and languages are chosen in rows of pick
 * lists (ISO codes as values); the household has a fixed number of child rows; empty rows are ignored. The milestones that only their records
 * prove (intake, PIP, DUO) and the phase are not on the form (T-15); a posted value for them is not bound.
 */
public class InburgeraarFormulier {

    static final int KIND_RIJEN = 6;
    /** Rows of pick lists for nationalities and languages (issue 21 point 10); more when a dossier has more. */
    static final int NATIONALITEIT_RIJEN = 3;

    static final int TAAL_RIJEN = 4;

    public static class KindRij {
        private String voornaam;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geboortedatum;

        public String getVoornaam() {
            return voornaam;
        }

        public void setVoornaam(String voornaam) {
            this.voornaam = voornaam;
        }

        public LocalDate getGeboortedatum() {
            return geboortedatum;
        }

        public void setGeboortedatum(LocalDate geboortedatum) {
            this.geboortedatum = geboortedatum;
        }

        boolean isLeeg() {
            return (voornaam == null || voornaam.isBlank()) && geboortedatum == null;
        }
    }

    private Integer versie;
    private String gemeentecode;
    private String bsn;
    private String geslachtsnaam;
    private String voornamen;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate geboortedatum;

    private Geslacht geslacht;
    private List<String> nationaliteiten = new ArrayList<>();
    private String landVanHerkomst;
    private List<String> talen = new ArrayList<>();
    private boolean tolkNodig;
    private String tolkTaal;
    private String telefoon;
    private String email;
    private String straat;
    private String huisnummer;
    private String postcode;
    private String woonplaats;
    private String partnerNaam;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate partnerGeboortedatum;

    private List<KindRij> kinderen = new ArrayList<>();
    private Doelgroep doelgroep;
    private GedetailleerdeDoelgroep gedetailleerdeDoelgroep;
    private Wet wet;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumKennisgeving;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumKoppeling;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumHuisvesting;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumInschrijvingBrp;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumStartBijstand;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate wachtOpDerdenSinds;

    private String wachtOpDerdenReden;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate wachtOpDerdenOntvangen;

    private String consulent;

    static InburgeraarFormulier leeg(String gemeentecode, String consulent) {
        InburgeraarFormulier f = new InburgeraarFormulier();
        f.gemeentecode = gemeentecode;
        f.consulent = consulent;
        f.wet = Wet.WI2021;
        f.vulKindRijen();
        return f;
    }

    static InburgeraarFormulier van(Dossier dossier) {
        InburgeraarGegevens g = dossier.gegevens();
        InburgeraarFormulier f = new InburgeraarFormulier();
        f.versie = dossier.versie();
        f.gemeentecode = g.gemeentecode();
        f.bsn = g.bsn();
        f.geslachtsnaam = g.geslachtsnaam();
        f.voornamen = g.voornamen();
        f.geboortedatum = g.geboortedatum();
        f.geslacht = g.geslacht();
        f.nationaliteiten = new ArrayList<>(g.nationaliteiten());
        f.landVanHerkomst = g.landVanHerkomst();
        f.talen = new ArrayList<>(g.talen());
        f.tolkNodig = g.tolkNodig();
        f.tolkTaal = g.tolkTaal();
        f.telefoon = g.contact().telefoon();
        f.email = g.contact().email();
        f.straat = g.contact().straat();
        f.huisnummer = g.contact().huisnummer();
        f.postcode = g.contact().postcode();
        f.woonplaats = g.contact().woonplaats();
        if (g.partner() != null) {
            f.partnerNaam = g.partner().naam();
            f.partnerGeboortedatum = g.partner().geboortedatum();
        }
        for (Kind kind : g.kinderen()) {
            KindRij rij = new KindRij();
            rij.voornaam = kind.voornaam();
            rij.geboortedatum = kind.geboortedatum();
            f.kinderen.add(rij);
        }
        f.doelgroep = g.doelgroep();
        f.gedetailleerdeDoelgroep = g.gedetailleerdeDoelgroep();
        f.wet = g.wet();
        f.datumKennisgeving = g.datumKennisgeving();
        f.datumKoppeling = g.datumKoppeling();
        f.datumHuisvesting = g.datumHuisvesting();
        f.datumInschrijvingBrp = g.datumInschrijvingBrp();
        f.datumStartBijstand = g.datumStartBijstand();
        Mijlpalen v = g.mijlpalen();
        f.wachtOpDerdenSinds = v.wachtOpDerdenSinds();
        f.wachtOpDerdenReden = v.wachtOpDerdenReden();
        f.wachtOpDerdenOntvangen = v.wachtOpDerdenOntvangen();
        f.consulent = dossier.consulent();
        f.vulKindRijen();
        return f;
    }

    void vulKindRijen() {
        while (kinderen.size() < KIND_RIJEN) {
            kinderen.add(new KindRij());
        }
        vulKeuzeRijen();
    }

    /** Pads the pick-list rows to their number, each row empty ("") when nothing is chosen. */
    void vulKeuzeRijen() {
        nationaliteiten = rijen(nationaliteiten, NATIONALITEIT_RIJEN);
        talen = rijen(talen, TAAL_RIJEN);
    }

    /**
     * Puts the chosen codes first, once each, as the API receives them, so that a violation on nationaliteiten[i] or
     * talen[i] points at row i.
     */
    void sorteerKeuzeRijen() {
        nationaliteiten = new ArrayList<>(codes(nationaliteiten, true));
        talen = new ArrayList<>(codes(talen, false));
        vulKeuzeRijen();
    }

    private static List<String> rijen(List<String> gekozen, int minimaal) {
        List<String> rijen = new ArrayList<>(
                gekozen == null
                        ? List.of()
                        : gekozen.stream().map(c -> c == null ? "" : c).toList());
        while (rijen.size() < minimaal) {
            rijen.add("");
        }
        return rijen;
    }

    InburgeraarGegevens gegevens() {
        return new InburgeraarGegevens(
                tekst(gemeentecode),
                tekst(bsn) == null ? null : bsn.replaceAll("[\\s.]", ""),
                tekst(geslachtsnaam),
                tekst(voornamen),
                geboortedatum,
                geslacht,
                codes(nationaliteiten, true),
                tekst(landVanHerkomst),
                codes(talen, false),
                tolkNodig,
                tekst(tolkTaal),
                new Contactgegevens(
                        tekst(telefoon),
                        tekst(email),
                        tekst(straat),
                        tekst(huisnummer),
                        tekst(postcode),
                        tekst(woonplaats)),
                tekst(partnerNaam) == null && partnerGeboortedatum == null
                        ? null
                        : new Partner(tekst(partnerNaam), partnerGeboortedatum),
                kinderen.stream()
                        .filter(k -> !k.isLeeg())
                        .map(k -> new Kind(tekst(k.voornaam), k.geboortedatum))
                        .toList(),
                doelgroep,
                gedetailleerdeDoelgroep,
                wet,
                datumKennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                datumStartBijstand,
                new Mijlpalen(null, null, null, wachtOpDerdenSinds, tekst(wachtOpDerdenReden), wachtOpDerdenOntvangen));
    }

    /**
     * The form field that shows a violation of the given API field. Child rows are counted among the
     * non-empty rows only, which keep their order and come first when the form is shown again.
     */
    String formulierVeld(String apiVeld) {
        if (apiVeld.startsWith("nationaliteiten") || apiVeld.startsWith("talen")) {
            return apiVeld;
        }
        if (apiVeld.startsWith("voortgang.")) {
            return apiVeld.substring("voortgang.".length());
        }
        if (apiVeld.startsWith("contact.")) {
            return apiVeld.substring("contact.".length());
        }
        if (apiVeld.startsWith("partner.")) {
            return "partner" + Character.toUpperCase(apiVeld.charAt(8)) + apiVeld.substring(9);
        }
        return apiVeld;
    }

    /** Puts the non-empty child rows first, so violations on kinderen[i] point at the right row. */
    void sorteerKindRijen() {
        List<KindRij> gevuld =
                new ArrayList<>(kinderen.stream().filter(k -> !k.isLeeg()).toList());
        kinderen = gevuld;
        sorteerKeuzeRijen();
        vulKindRijen();
    }

    private static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> codes(List<String> rijen, boolean hoofdletters) {
        if (rijen == null) {
            return List.of();
        }
        return rijen.stream()
                .filter(c -> c != null)
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .map(c -> hoofdletters ? c.toUpperCase() : c.toLowerCase())
                .distinct()
                .toList();
    }

    // Getters and setters for form binding.
    public Integer getVersie() {
        return versie;
    }

    public void setVersie(Integer versie) {
        this.versie = versie;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public void setGemeentecode(String gemeentecode) {
        this.gemeentecode = gemeentecode;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getGeslachtsnaam() {
        return geslachtsnaam;
    }

    public void setGeslachtsnaam(String geslachtsnaam) {
        this.geslachtsnaam = geslachtsnaam;
    }

    public String getVoornamen() {
        return voornamen;
    }

    public void setVoornamen(String voornamen) {
        this.voornamen = voornamen;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public void setGeboortedatum(LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
    }

    public Geslacht getGeslacht() {
        return geslacht;
    }

    public void setGeslacht(Geslacht geslacht) {
        this.geslacht = geslacht;
    }

    public List<String> getNationaliteiten() {
        return nationaliteiten;
    }

    public void setNationaliteiten(List<String> nationaliteiten) {
        this.nationaliteiten = nationaliteiten;
    }

    public String getLandVanHerkomst() {
        return landVanHerkomst;
    }

    public void setLandVanHerkomst(String landVanHerkomst) {
        this.landVanHerkomst = landVanHerkomst;
    }

    public List<String> getTalen() {
        return talen;
    }

    public void setTalen(List<String> talen) {
        this.talen = talen;
    }

    public boolean isTolkNodig() {
        return tolkNodig;
    }

    public void setTolkNodig(boolean tolkNodig) {
        this.tolkNodig = tolkNodig;
    }

    public String getTolkTaal() {
        return tolkTaal;
    }

    public void setTolkTaal(String tolkTaal) {
        this.tolkTaal = tolkTaal;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(String telefoon) {
        this.telefoon = telefoon;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getStraat() {
        return straat;
    }

    public void setStraat(String straat) {
        this.straat = straat;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public void setHuisnummer(String huisnummer) {
        this.huisnummer = huisnummer;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getWoonplaats() {
        return woonplaats;
    }

    public void setWoonplaats(String woonplaats) {
        this.woonplaats = woonplaats;
    }

    public String getPartnerNaam() {
        return partnerNaam;
    }

    public void setPartnerNaam(String partnerNaam) {
        this.partnerNaam = partnerNaam;
    }

    public LocalDate getPartnerGeboortedatum() {
        return partnerGeboortedatum;
    }

    public void setPartnerGeboortedatum(LocalDate partnerGeboortedatum) {
        this.partnerGeboortedatum = partnerGeboortedatum;
    }

    public List<KindRij> getKinderen() {
        return kinderen;
    }

    public void setKinderen(List<KindRij> kinderen) {
        this.kinderen = kinderen;
    }

    public Doelgroep getDoelgroep() {
        return doelgroep;
    }

    public void setDoelgroep(Doelgroep doelgroep) {
        this.doelgroep = doelgroep;
    }

    public GedetailleerdeDoelgroep getGedetailleerdeDoelgroep() {
        return gedetailleerdeDoelgroep;
    }

    public void setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep gedetailleerdeDoelgroep) {
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
    }

    public Wet getWet() {
        return wet;
    }

    public void setWet(Wet wet) {
        this.wet = wet;
    }

    public LocalDate getDatumKennisgeving() {
        return datumKennisgeving;
    }

    public void setDatumKennisgeving(LocalDate datumKennisgeving) {
        this.datumKennisgeving = datumKennisgeving;
    }

    public LocalDate getDatumKoppeling() {
        return datumKoppeling;
    }

    public void setDatumKoppeling(LocalDate datumKoppeling) {
        this.datumKoppeling = datumKoppeling;
    }

    public LocalDate getDatumHuisvesting() {
        return datumHuisvesting;
    }

    public void setDatumHuisvesting(LocalDate datumHuisvesting) {
        this.datumHuisvesting = datumHuisvesting;
    }

    public LocalDate getDatumInschrijvingBrp() {
        return datumInschrijvingBrp;
    }

    public void setDatumInschrijvingBrp(LocalDate datumInschrijvingBrp) {
        this.datumInschrijvingBrp = datumInschrijvingBrp;
    }

    public LocalDate getWachtOpDerdenSinds() {
        return wachtOpDerdenSinds;
    }

    public void setWachtOpDerdenSinds(LocalDate wachtOpDerdenSinds) {
        this.wachtOpDerdenSinds = wachtOpDerdenSinds;
    }

    public String getWachtOpDerdenReden() {
        return wachtOpDerdenReden;
    }

    public void setWachtOpDerdenReden(String wachtOpDerdenReden) {
        this.wachtOpDerdenReden = wachtOpDerdenReden;
    }

    public LocalDate getWachtOpDerdenOntvangen() {
        return wachtOpDerdenOntvangen;
    }

    public void setWachtOpDerdenOntvangen(LocalDate wachtOpDerdenOntvangen) {
        this.wachtOpDerdenOntvangen = wachtOpDerdenOntvangen;
    }

    public LocalDate getDatumStartBijstand() {
        return datumStartBijstand;
    }

    public void setDatumStartBijstand(LocalDate datumStartBijstand) {
        this.datumStartBijstand = datumStartBijstand;
    }

    public String getConsulent() {
        return consulent;
    }

    public void setConsulent(String consulent) {
        this.consulent = consulent;
    }
}
