package nl.inburgeringsregie.intake;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.intake.Keuzes.Alfabetisering;
import nl.inburgeringsregie.intake.Keuzes.Cefr;
import nl.inburgeringsregie.intake.Keuzes.Opkomst;
import nl.inburgeringsregie.intake.Keuzes.TolkWijze;
import nl.inburgeringsregie.intake.Keuzes.Vooropleiding;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The intake page's form (issue 13 point 6): typed binding, so a number or time that does not parse and a choice that
 * is not in the list are field errors ({@code typeMismatch.intakeFormulier.…}), never a sentinel or a silent blank;
 * the page shows the form, so what was typed stays on it. The same form serves saving, the autosave (htmx) and
 * finishing (the button {@code actie=afronden}). The rules are {@link IntakeRegels}'s, the same as the API's.
 */
public class IntakeFormulier {

    /** What was said about one leefgebied, keyed by the leefgebied in {@code leefgebieden[OPLEIDING].situatie}. */
    public static class Verslag {
        private String situatie;
        private Integer score;
        private String wensen;
        private String krachten;
        private String belemmeringen;

        static Verslag van(LeefgebiedVerslag v) {
            Verslag r = new Verslag();
            if (v != null) {
                r.situatie = v.situatie();
                r.score = v.score();
                r.wensen = v.wensen();
                r.krachten = v.krachten();
                r.belemmeringen = v.belemmeringen();
            }
            return r;
        }

        LeefgebiedVerslag verslag(Leefgebied leefgebied) {
            return new LeefgebiedVerslag(leefgebied, situatie, score, wensen, krachten, belemmeringen, null);
        }

        public String getSituatie() {
            return situatie;
        }

        public void setSituatie(String situatie) {
            this.situatie = situatie;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getWensen() {
            return wensen;
        }

        public void setWensen(String wensen) {
            this.wensen = wensen;
        }

        public String getKrachten() {
            return krachten;
        }

        public void setKrachten(String krachten) {
            this.krachten = krachten;
        }

        public String getBelemmeringen() {
            return belemmeringen;
        }

        public void setBelemmeringen(String belemmeringen) {
            this.belemmeringen = belemmeringen;
        }
    }

    /** One row of the appointments table; a row without a time is no appointment (the empty row to add one). */
    public static class Afspraak {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime tijdstip;

        private String plaats;
        private String tolkTaal;
        private TolkWijze tolkWijze;
        private Opkomst opkomst;

        static Afspraak van(Intake.Afspraak a) {
            Afspraak r = new Afspraak();
            if (a != null) {
                r.tijdstip = a.tijdstip();
                r.plaats = a.plaats();
                r.tolkTaal = a.tolkTaal();
                r.tolkWijze = a.tolkWijze();
                r.opkomst = a.opkomst();
            }
            return r;
        }

        Intake.Afspraak afspraak() {
            return new Intake.Afspraak(
                    tijdstip, IntakeRegels.tekst(plaats), IntakeRegels.tekst(tolkTaal), tolkWijze, opkomst);
        }

        public LocalDateTime getTijdstip() {
            return tijdstip;
        }

        public void setTijdstip(LocalDateTime tijdstip) {
            this.tijdstip = tijdstip;
        }

        public String getPlaats() {
            return plaats;
        }

        public void setPlaats(String plaats) {
            this.plaats = plaats;
        }

        public String getTolkTaal() {
            return tolkTaal;
        }

        public void setTolkTaal(String tolkTaal) {
            this.tolkTaal = tolkTaal;
        }

        public TolkWijze getTolkWijze() {
            return tolkWijze;
        }

        public void setTolkWijze(TolkWijze tolkWijze) {
            this.tolkWijze = tolkWijze;
        }

        public Opkomst getOpkomst() {
            return opkomst;
        }

        public void setOpkomst(Opkomst opkomst) {
            this.opkomst = opkomst;
        }
    }

    /** The language level per skill (CEFR). */
    public static class Taal {
        private Cefr lezen;
        private Cefr luisteren;
        private Cefr schrijven;
        private Cefr spreken;

        public Cefr getLezen() {
            return lezen;
        }

        public void setLezen(Cefr lezen) {
            this.lezen = lezen;
        }

        public Cefr getLuisteren() {
            return luisteren;
        }

        public void setLuisteren(Cefr luisteren) {
            this.luisteren = luisteren;
        }

        public Cefr getSchrijven() {
            return schrijven;
        }

        public void setSchrijven(Cefr schrijven) {
            this.schrijven = schrijven;
        }

        public Cefr getSpreken() {
            return spreken;
        }

        public void setSpreken(Cefr spreken) {
            this.spreken = spreken;
        }
    }

    /**
     * The consultant's route decision: the route (the advice's until chosen otherwise); the literacy indicator
     * and the hours only where they differ from the advice (empty: as advised).
     */
    public static class Besluit {
        private Leerroute leerroute;
        private Alfabetiseringsindicator indicator;
        private Integer uren;
        private String reden;

        public Leerroute getLeerroute() {
            return leerroute;
        }

        public void setLeerroute(Leerroute leerroute) {
            this.leerroute = leerroute;
        }

        public Alfabetiseringsindicator getIndicator() {
            return indicator;
        }

        public void setIndicator(Alfabetiseringsindicator indicator) {
            this.indicator = indicator;
        }

        public Integer getUren() {
            return uren;
        }

        public void setUren(Integer uren) {
            this.uren = uren;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }
    }

    private Integer versie;
    private String actie;
    private Map<Leefgebied, Verslag> leefgebieden = new EnumMap<>(Leefgebied.class);

    @Valid
    private List<Afspraak> afspraken = new ArrayList<>();

    private Taal taal = new Taal();
    private Alfabetisering alfabetisering;
    private Vooropleiding vooropleiding;
    private Boolean wilStuderen;
    private Boolean vve;
    private boolean zonderPartnerAangeboden;
    private boolean tolkAangeboden;
    private Besluit besluit = new Besluit();

    /** The stored intake as the form shows it: every leefgebied, the appointments and one empty row, the decision. */
    static IntakeFormulier van(Intake i, Routeadvies.Advies advies) {
        IntakeFormulier f = new IntakeFormulier();
        f.versie = i.version();
        for (Leefgebied l : Leefgebied.values()) {
            f.leefgebieden.put(l, Verslag.van(i.verslag(l)));
        }
        i.afspraken().forEach(a -> f.afspraken.add(Afspraak.van(a)));
        f.afspraken.add(new Afspraak());
        f.taal.lezen = i.taalniveau().lezen();
        f.taal.luisteren = i.taalniveau().luisteren();
        f.taal.schrijven = i.taalniveau().schrijven();
        f.taal.spreken = i.taalniveau().spreken();
        f.alfabetisering = i.alfabetisering();
        f.vooropleiding = i.vooropleiding();
        f.wilStuderen = i.wilStuderen();
        f.vve = i.checklist().vveInformatieGegeven();
        f.zonderPartnerAangeboden = i.checklist().zonderPartnerAangeboden();
        f.tolkAangeboden = i.checklist().tolkAangeboden();
        Intake.Routebesluit b = i.routebesluit();
        f.besluit.leerroute = b.leerroute() != null ? b.leerroute() : advies.leerroute();
        f.besluit.indicator = b.indicator() != b.adviesIndicator() ? b.indicator() : null;
        f.besluit.uren = b.uren() != null && !b.uren().equals(b.adviesUren()) ? b.uren() : null;
        f.besluit.reden = b.reden();
        return f;
    }

    /** Whether the user pressed "Intake afronden". */
    boolean afronden() {
        return "afronden".equals(actie);
    }

    /** The change this form brings: the leefgebieden posted, the appointments with a time, the rest as entered. */
    IntakeService.Wijziging wijziging(boolean afronden) {
        List<LeefgebiedVerslag> verslagen = new ArrayList<>();
        leefgebieden.forEach((l, v) -> verslagen.add(v.verslag(l)));
        return IntakeService.Wijziging.concept(versie)
                .withLeefgebieden(verslagen)
                .withTaalniveau(new Intake.Taalniveau(taal.lezen, taal.luisteren, taal.schrijven, taal.spreken))
                .withAlfabetisering(alfabetisering)
                .withVooropleiding(vooropleiding)
                .withWilStuderen(wilStuderen)
                .withChecklist(new Intake.Checklist(vve, zonderPartnerAangeboden, tolkAangeboden))
                .withAfspraken(afspraken.stream()
                        .filter(a -> a != null && a.tijdstip != null)
                        .map(Afspraak::afspraak)
                        .toList())
                .withRoutebesluit(
                        new IntakeService.Besluit(besluit.leerroute, besluit.indicator, besluit.uren, besluit.reden))
                .withAfronden(afronden);
    }

    public Integer getVersie() {
        return versie;
    }

    public void setVersie(Integer versie) {
        this.versie = versie;
    }

    public String getActie() {
        return actie;
    }

    public void setActie(String actie) {
        this.actie = actie;
    }

    public Map<Leefgebied, Verslag> getLeefgebieden() {
        return leefgebieden;
    }

    public void setLeefgebieden(Map<Leefgebied, Verslag> leefgebieden) {
        this.leefgebieden = leefgebieden;
    }

    public List<Afspraak> getAfspraken() {
        return afspraken;
    }

    public void setAfspraken(List<Afspraak> afspraken) {
        this.afspraken = afspraken;
    }

    public Taal getTaal() {
        return taal;
    }

    public void setTaal(Taal taal) {
        this.taal = taal;
    }

    public Alfabetisering getAlfabetisering() {
        return alfabetisering;
    }

    public void setAlfabetisering(Alfabetisering alfabetisering) {
        this.alfabetisering = alfabetisering;
    }

    public Vooropleiding getVooropleiding() {
        return vooropleiding;
    }

    public void setVooropleiding(Vooropleiding vooropleiding) {
        this.vooropleiding = vooropleiding;
    }

    public Boolean getWilStuderen() {
        return wilStuderen;
    }

    public void setWilStuderen(Boolean wilStuderen) {
        this.wilStuderen = wilStuderen;
    }

    public Boolean getVve() {
        return vve;
    }

    public void setVve(Boolean vve) {
        this.vve = vve;
    }

    public boolean isZonderPartnerAangeboden() {
        return zonderPartnerAangeboden;
    }

    public void setZonderPartnerAangeboden(boolean zonderPartnerAangeboden) {
        this.zonderPartnerAangeboden = zonderPartnerAangeboden;
    }

    public boolean isTolkAangeboden() {
        return tolkAangeboden;
    }

    public void setTolkAangeboden(boolean tolkAangeboden) {
        this.tolkAangeboden = tolkAangeboden;
    }

    public Besluit getBesluit() {
        return besluit;
    }

    public void setBesluit(Besluit besluit) {
        this.besluit = besluit;
    }
}
