package nl.inburgeringsregie.gebruikers;

import static nl.inburgeringsregie.gebruikers.Recht.AUDITLOG_INZIEN;
import static nl.inburgeringsregie.gebruikers.Recht.CONSULENT_TOEWIJZEN;
import static nl.inburgeringsregie.gebruikers.Recht.DOSSIER_INZIEN;
import static nl.inburgeringsregie.gebruikers.Recht.DOSSIER_WIJZIGEN;
import static nl.inburgeringsregie.gebruikers.Recht.DUO_BERICHTEN;
import static nl.inburgeringsregie.gebruikers.Recht.DUO_SIMULATOR_BEDIENEN;
import static nl.inburgeringsregie.gebruikers.Recht.GEBRUIKERS_BEHEREN;
import static nl.inburgeringsregie.gebruikers.Recht.GEBRUIKERS_INZIEN;
import static nl.inburgeringsregie.gebruikers.Recht.INBURGERAAR_REGISTREREN;
import static nl.inburgeringsregie.gebruikers.Recht.INSTELLINGEN_BEHEREN;
import static nl.inburgeringsregie.gebruikers.Recht.PLICHT_INDICEREN;
import static nl.inburgeringsregie.gebruikers.Recht.TEAM_OVERZIEN;
import static nl.inburgeringsregie.gebruikers.Relatie.GEMEENTE;
import static nl.inburgeringsregie.gebruikers.Relatie.PARTNER;
import static nl.inburgeringsregie.gebruikers.Relatie.TEAM;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the people who use the system, and the one role matrix: which rights each role has.
 * Rights for policy staff arrive with the capabilities that need them (monitoring); until then that role sees no
 * personal data at all. A provider's users see the persons placed with their organisation, with the minimum they need
 * (ADR 0031); a partner organisation's begeleiders the persons assigned to their organisation, with only what
 * begeleiding needs (ADR 0036).
 * docs/rollen.md shows this matrix; {@code RolMatrixDocumentTest} keeps the two equal.
 *
 * <p>Each role also says through which {@link Relatie relationships} it reaches a person (ADR 0028): staff of the
 * gemeente through the gemeente (and the consultant's and team's own relationships), a provider only through a
 * placement, a partner organisation only through its begeleiding; policy staff and the application manager reach no
 * person at all. {@link Toegang} decides with both: a right of a role that reaches the person.
 */
public enum Rol {
    CONSULENT(
            EnumSet.of(GEMEENTE, Relatie.CONSULENT),
            DOSSIER_INZIEN,
            INBURGERAAR_REGISTREREN,
            DOSSIER_WIJZIGEN,
            CONSULENT_TOEWIJZEN,
            PLICHT_INDICEREN,
            Recht.ONTZORGING_INZIEN,
            Recht.BEGELEIDING_INZIEN,
            Recht.BEGELEIDING_REGIE,
            Recht.AFSPRAKEN_INZIEN,
            Recht.AFSPRAKEN_PLANNEN),
    TEAMLEIDER(
            EnumSet.of(GEMEENTE, Relatie.CONSULENT, TEAM),
            DOSSIER_INZIEN,
            INBURGERAAR_REGISTREREN,
            DOSSIER_WIJZIGEN,
            CONSULENT_TOEWIJZEN,
            PLICHT_INDICEREN,
            TEAM_OVERZIEN,
            DUO_SIMULATOR_BEDIENEN,
            Recht.TOEWIJZEN_BIJZONDERE_GEGEVENS,
            Recht.AANBIEDERS_INZIEN,
            Recht.ONTZORGING_INZIEN,
            Recht.ONTZORGING_BEHEREN,
            Recht.BEGELEIDING_INZIEN,
            Recht.BEGELEIDING_REGIE,
            Recht.AFSPRAKEN_INZIEN,
            Recht.AFSPRAKEN_PLANNEN),
    BUDGETCOACH(EnumSet.of(GEMEENTE), Recht.ONTZORGING_INZIEN, Recht.ONTZORGING_BEHEREN),
    BEGELEIDER(
            EnumSet.of(PARTNER),
            Recht.BEGELEIDING_INZIEN,
            Recht.BEGELEIDING_VASTLEGGEN,
            Recht.AFSPRAKEN_INZIEN,
            Recht.AFSPRAKEN_PLANNEN),
    AANBIEDER(EnumSet.of(Relatie.AANBIEDER), Recht.DEELNEMERS_INZIEN, Recht.DEELNEMERS_RAPPORTEREN),
    BELEIDSMEDEWERKER(EnumSet.noneOf(Relatie.class)),
    FUNCTIONEEL_BEHEERDER(
            EnumSet.noneOf(Relatie.class),
            GEBRUIKERS_INZIEN,
            DUO_SIMULATOR_BEDIENEN,
            GEBRUIKERS_BEHEREN,
            INSTELLINGEN_BEHEREN,
            Recht.AANBIEDERS_BEHEREN,
            Recht.AANBIEDERS_INZIEN,
            Recht.PARTNERS_BEHEREN),
    PRIVACY_OFFICER(EnumSet.of(GEMEENTE), AUDITLOG_INZIEN, Recht.PRIVACYRECHTEN_BEHEREN),
    /** DUO's machine client for the M2M exchange (notifications); in production it signs in with its certificate. */
    DUO(EnumSet.of(GEMEENTE), DUO_BERICHTEN);

    private final EnumSet<Recht> rechten;
    private final EnumSet<Relatie> via;

    Rol(EnumSet<Relatie> via, Recht... rechten) {
        this.via = via;
        this.rechten = rechten.length == 0 ? EnumSet.noneOf(Recht.class) : EnumSet.of(rechten[0], rechten);
    }

    /** A machine client's role: such an account never signs in to the web UI. */
    public boolean machine() {
        return this == DUO;
    }

    public Set<Recht> rechten() {
        return EnumSet.copyOf(rechten);
    }

    public boolean heeft(Recht recht) {
        return rechten.contains(recht);
    }

    /**
     * Whether this role works for an organisation outside the gemeente (a provider, a partner organisation) and reaches
     * persons only through that organisation's relationship: such a user needs no gemeente to sign in (ADR 0021).
     */
    public boolean buitenGemeente() {
        return !via.isEmpty() && via.stream().allMatch(r -> r == Relatie.AANBIEDER || r == PARTNER);
    }

    /** Whether this role reaches a person through the relationship (ADR 0028). */
    public boolean bereiktVia(Relatie relatie) {
        return via.contains(relatie);
    }

    /** The relationships through which this role reaches a person. */
    public Set<Relatie> relaties() {
        return EnumSet.copyOf(via);
    }
}
