package nl.inburgeringsregie.pip;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The concept form of a PIP version (issue 13 point 6): typed binding, so a number or date that does not parse and a
 * choice that does not exist are field errors ({@code typeMismatch}), never a sentinel or a silent blank. The rules
 * themselves are {@link PipRegels}'s, the same for the screen and the API.
 */
class PipFormulier {

    /** One row of the agreements table; a row left entirely blank is no agreement. */
    static class AfspraakRij {
        private Onderdeel onderdeel;
        private Eigenaar eigenaar;
        private String omschrijving;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate uiterlijk;

        private String frequentie;
        private Integer uren;
        private String aanbieder;
        private boolean handhaafbaar;

        boolean blanco() {
            return PipRegels.tekst(omschrijving) == null && onderdeel == null;
        }

        Pip.Afspraak afspraak() {
            return Pip.Afspraak.van(onderdeel, eigenaar, omschrijving)
                    .withUiterlijk(uiterlijk)
                    .withFrequentie(PipRegels.tekst(frequentie))
                    .withUren(uren)
                    .withAanbieder(PipRegels.tekst(aanbieder))
                    .withHandhaafbaar(handhaafbaar);
        }

        public Onderdeel getOnderdeel() {
            return onderdeel;
        }

        public void setOnderdeel(Onderdeel onderdeel) {
            this.onderdeel = onderdeel;
        }

        public Eigenaar getEigenaar() {
            return eigenaar;
        }

        public void setEigenaar(Eigenaar eigenaar) {
            this.eigenaar = eigenaar;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public LocalDate getUiterlijk() {
            return uiterlijk;
        }

        public void setUiterlijk(LocalDate uiterlijk) {
            this.uiterlijk = uiterlijk;
        }

        public String getFrequentie() {
            return frequentie;
        }

        public void setFrequentie(String frequentie) {
            this.frequentie = frequentie;
        }

        public Integer getUren() {
            return uren;
        }

        public void setUren(Integer uren) {
            this.uren = uren;
        }

        public String getAanbieder() {
            return aanbieder;
        }

        public void setAanbieder(String aanbieder) {
            this.aanbieder = aanbieder;
        }

        public boolean isHandhaafbaar() {
            return handhaafbaar;
        }

        public void setHandhaafbaar(boolean handhaafbaar) {
            this.handhaafbaar = handhaafbaar;
        }
    }

    private Integer versie;
    private Leerroute leerroute;
    private Niveau niveau;
    private Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs;
    private Integer geschatteIntensiteitB1Route;
    private boolean indicatorMagOpleidingAfmaken;
    private String zienswijze;
    private boolean oneens;
    private String standpuntGemeente;
    private String motiveringLeerroute;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dagtekeningPip;

    @Valid
    private List<AfspraakRij> afspraken = new ArrayList<>();

    /** The content as entered, for the service; blank rows left out. */
    PipService.Inhoud inhoud() {
        return new PipService.Inhoud(
                versie,
                leerroute,
                niveau,
                indicatorAlfabetiseringsonderwijs,
                geschatteIntensiteitB1Route,
                indicatorMagOpleidingAfmaken,
                zienswijze,
                oneens,
                standpuntGemeente,
                afspraken.stream()
                        .filter(r -> r != null && !r.blanco())
                        .map(AfspraakRij::afspraak)
                        .toList(),
                motiveringLeerroute);
    }

    public Integer getVersie() {
        return versie;
    }

    public void setVersie(Integer versie) {
        this.versie = versie;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public void setLeerroute(Leerroute leerroute) {
        this.leerroute = leerroute;
    }

    public Niveau getNiveau() {
        return niveau;
    }

    public void setNiveau(Niveau niveau) {
        this.niveau = niveau;
    }

    public Alfabetiseringsindicator getIndicatorAlfabetiseringsonderwijs() {
        return indicatorAlfabetiseringsonderwijs;
    }

    public void setIndicatorAlfabetiseringsonderwijs(Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs) {
        this.indicatorAlfabetiseringsonderwijs = indicatorAlfabetiseringsonderwijs;
    }

    public Integer getGeschatteIntensiteitB1Route() {
        return geschatteIntensiteitB1Route;
    }

    public void setGeschatteIntensiteitB1Route(Integer geschatteIntensiteitB1Route) {
        this.geschatteIntensiteitB1Route = geschatteIntensiteitB1Route;
    }

    public boolean isIndicatorMagOpleidingAfmaken() {
        return indicatorMagOpleidingAfmaken;
    }

    public void setIndicatorMagOpleidingAfmaken(boolean indicatorMagOpleidingAfmaken) {
        this.indicatorMagOpleidingAfmaken = indicatorMagOpleidingAfmaken;
    }

    public String getZienswijze() {
        return zienswijze;
    }

    public void setZienswijze(String zienswijze) {
        this.zienswijze = zienswijze;
    }

    public boolean isOneens() {
        return oneens;
    }

    public void setOneens(boolean oneens) {
        this.oneens = oneens;
    }

    public String getStandpuntGemeente() {
        return standpuntGemeente;
    }

    public void setStandpuntGemeente(String standpuntGemeente) {
        this.standpuntGemeente = standpuntGemeente;
    }

    public String getMotiveringLeerroute() {
        return motiveringLeerroute;
    }

    public void setMotiveringLeerroute(String motiveringLeerroute) {
        this.motiveringLeerroute = motiveringLeerroute;
    }

    public LocalDate getDagtekeningPip() {
        return dagtekeningPip;
    }

    public void setDagtekeningPip(LocalDate dagtekeningPip) {
        this.dagtekeningPip = dagtekeningPip;
    }

    public List<AfspraakRij> getAfspraken() {
        return afspraken;
    }

    public void setAfspraken(List<AfspraakRij> afspraken) {
        this.afspraken = afspraken;
    }
}
