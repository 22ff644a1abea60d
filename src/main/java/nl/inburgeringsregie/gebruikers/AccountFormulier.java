package nl.inburgeringsregie.gebruikers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The local account form of Beheer (issue 13 point 6): bound, not read from a raw parameter map; "actief" that is
 * not a yes/no is a field error ({@code typeMismatch.accountFormulier.actief}). Roles and gemeenten stay their names:
 * which exist and which the beheerder may hand out is {@link AccountBeheer}'s rule, answered per field.
 */
public class AccountFormulier {

    private String gebruikersnaam;
    private String naam;
    private List<String> rollen = new ArrayList<>();
    private List<String> gemeenten = new ArrayList<>();
    private boolean actief;

    AccountBeheer.Account account() {
        return new AccountBeheer.Account(
                gebruikersnaam, naam, new LinkedHashSet<>(rollen), new LinkedHashSet<>(gemeenten), actief);
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public List<String> getRollen() {
        return rollen;
    }

    public void setRollen(List<String> rollen) {
        this.rollen = rollen == null ? new ArrayList<>() : rollen;
    }

    public List<String> getGemeenten() {
        return gemeenten;
    }

    public void setGemeenten(List<String> gemeenten) {
        this.gemeenten = gemeenten == null ? new ArrayList<>() : gemeenten;
    }

    public boolean isActief() {
        return actief;
    }

    public void setActief(boolean actief) {
        this.actief = actief;
    }
}
