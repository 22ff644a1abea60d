package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.intake.Leefgebied;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The browser's form for recording a voortgangsgesprek (T-10): typed binding, so a date or an action's date that does
 * not parse is a field error; on a refusal the page shows the form again with everything typed (nothing is lost). Three
 * empty action rows; rows left empty are ignored.
 */
class GesprekFormulier {

    static final int ACTIERIJEN = 3;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;

    private Boolean aanwezig = Boolean.TRUE;
    private Voortgangsgesprekken.Vorm vorm;
    private String tolkTaal;
    private boolean tolkGeboekt;
    private String samenvatting;
    private Map<Leefgebied, String> leefgebieden = new LinkedHashMap<>();
    private Voortgangsgesprekken.Omstandigheid omstandigheid;
    private boolean pipAanpassen;
    private String pipAanpassenReden;
    private List<ActieRij> acties = new ArrayList<>();

    GesprekFormulier() {
        for (int i = 0; i < ACTIERIJEN; i++) {
            acties.add(new ActieRij());
        }
    }

    /** An empty form for this day, with the dossier's interpreter language where it records one. */
    static GesprekFormulier nieuw(LocalDate vandaag, String tolkTaal) {
        GesprekFormulier f = new GesprekFormulier();
        f.datum = vandaag;
        f.tolkTaal = tolkTaal;
        return f;
    }

    Voortgangsgesprekken.Invoer invoer() {
        return new Voortgangsgesprekken.Invoer(
                datum,
                aanwezig,
                vorm,
                tolkTaal,
                tolkGeboekt,
                samenvatting,
                leefgebieden,
                omstandigheid,
                pipAanpassen,
                pipAanpassenReden,
                acties.stream()
                        .map(a -> new Voortgangsgesprekken.ActieInvoer(a.omschrijving, a.eigenaar, a.uiterlijk))
                        .toList());
    }

    public static class ActieRij {

        private String omschrijving;
        private String eigenaar;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate uiterlijk;

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String getEigenaar() {
            return eigenaar;
        }

        public void setEigenaar(String eigenaar) {
            this.eigenaar = eigenaar;
        }

        public LocalDate getUiterlijk() {
            return uiterlijk;
        }

        public void setUiterlijk(LocalDate uiterlijk) {
            this.uiterlijk = uiterlijk;
        }
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Boolean getAanwezig() {
        return aanwezig;
    }

    public void setAanwezig(Boolean aanwezig) {
        this.aanwezig = aanwezig;
    }

    public Voortgangsgesprekken.Vorm getVorm() {
        return vorm;
    }

    public void setVorm(Voortgangsgesprekken.Vorm vorm) {
        this.vorm = vorm;
    }

    public String getTolkTaal() {
        return tolkTaal;
    }

    public void setTolkTaal(String tolkTaal) {
        this.tolkTaal = tolkTaal;
    }

    public boolean isTolkGeboekt() {
        return tolkGeboekt;
    }

    public void setTolkGeboekt(boolean tolkGeboekt) {
        this.tolkGeboekt = tolkGeboekt;
    }

    public String getSamenvatting() {
        return samenvatting;
    }

    public void setSamenvatting(String samenvatting) {
        this.samenvatting = samenvatting;
    }

    public Map<Leefgebied, String> getLeefgebieden() {
        return leefgebieden;
    }

    public void setLeefgebieden(Map<Leefgebied, String> leefgebieden) {
        this.leefgebieden = leefgebieden;
    }

    public Voortgangsgesprekken.Omstandigheid getOmstandigheid() {
        return omstandigheid;
    }

    public void setOmstandigheid(Voortgangsgesprekken.Omstandigheid omstandigheid) {
        this.omstandigheid = omstandigheid;
    }

    public boolean isPipAanpassen() {
        return pipAanpassen;
    }

    public void setPipAanpassen(boolean pipAanpassen) {
        this.pipAanpassen = pipAanpassen;
    }

    public String getPipAanpassenReden() {
        return pipAanpassenReden;
    }

    public void setPipAanpassenReden(String pipAanpassenReden) {
        this.pipAanpassenReden = pipAanpassenReden;
    }

    public List<ActieRij> getActies() {
        return acties;
    }

    public void setActies(List<ActieRij> acties) {
        this.acties = acties;
    }
}
