package nl.inburgeringsregie.gebruikers;

/**
 * A right: what a user may do. Roles are sets of rights ({@link Rol}); code checks rights, never roles,
 * so the matrix lives in one place.
 */
public enum Recht {
    /** Open a dossier and see it in the caseload (personal data, audited). */
    DOSSIER_INZIEN,
    /** Register a new inburgeraar. */
    INBURGERAAR_REGISTREREN,
    /** Change the dossier's personal data and key dates. */
    DOSSIER_WIJZIGEN,
    /** Assign or reassign the consultant of a dossier. */
    CONSULENT_TOEWIJZEN,
    /** Pre-screen a person at the desk (PL-2); no dossier is written. */
    PLICHT_INDICEREN,
    /** See the team's workload per consultant and all deadlines of the gemeenten (team lead). */
    TEAM_OVERZIEN,
    /** Deliver DUO's notifications (DUO's client, not a person). */
    DUO_BERICHTEN,
    /** Read the audit log of who viewed or changed personal data. */
    AUDITLOG_INZIEN,
    /** See the user accounts, their roles and gemeenten. */
    GEBRUIKERS_INZIEN,
    /**
     * Operate the built-in DUO simulator's control page (demo only, profile duo-simulator): make "DUO" know a person
     * and send a notification as DUO. Never anonymous; outside the demo the page does not exist.
     */
    DUO_SIMULATOR_BEDIENEN,
    /** h5 (issue 14 point 13): add, change, deactivate local accounts and reset their password (only where local accounts sign in, {@link Aanmelding#lokaleAccounts()}). */
    GEBRUIKERS_BEHEREN,
    /** h5 (issue 14 point 13): a gemeente's settings (deadlines, letter sender and signatory), journaled. */
    INSTELLINGEN_BEHEREN,
    // h8 (issue 14 points 6, 15, 16)
    /**
     * Assign a dossier holding special-category data (I-5) without giving a break-the-glass reason (team lead); anyone
     * else with {@link #CONSULENT_TOEWIJZEN} must give a reason, which the privacy officer sees.
     */
    TOEWIJZEN_BIJZONDERE_GEGEVENS,
    /**
     * The privacy officer's tasks under the AVG: data-subject requests (inzage, art. 15; correction, art. 16) with
     * their deadlines and the inzage export, legal holds against retention, and the review of break-the-glass
     * assignments.
     */
    PRIVACYRECHTEN_BEHEREN,
    // Issue 15, first part (ADR 0031)
    /** Register and change providers, their contracts per perceel and their users (the functioneel beheerder). */
    AANBIEDERS_BEHEREN,
    /** See the providers, their contracts and each contract's capacity (counts, no person). */
    AANBIEDERS_INZIEN,
    /**
     * A provider's view of the persons placed with its organisation, with the minimum it needs (name, date of birth,
     * route, level, start, contact, interpreter language); never the intake, health or handhaving.
     */
    DEELNEMERS_INZIEN,
    // Issue 17, first part (ADR 0032)
    /** See a person's ontzorging (O-1): the period, the authorisation and the fixed costs withheld from the bijstand. */
    ONTZORGING_INZIEN,
    /** Record a person's ontzorging and decide at its end: end or extend (O-1, O-2, T-8); the budgetcoach's task. */
    ONTZORGING_BEHEREN,
    // Issue 15, second part (ADR 0031)
    /** A provider reports its own participants' attendance and progress (only through the relationship AANBIEDER). */
    DEELNEMERS_RAPPORTEREN,
    // Issue 17, begeleiding part (ADR 0036)
    /**
     * See a person's maatschappelijke begeleiding (T-9): the partner organisation, the period, the contacts, the
     * handover; a partner's user only for the persons assigned to their organisation (relationship PARTNER).
     */
    BEGELEIDING_INZIEN,
    /** Record contacts, signals to the consultant and the warm handover (T-9); the begeleider's task. */
    BEGELEIDING_VASTLEGGEN,
    /**
     * The consultant's part of begeleiding and nazorg: assign a partner organisation at housing, mark a signal seen,
     * record the nazorg contact (T-9, T-11).
     */
    BEGELEIDING_REGIE,
    /** Register partner organisations for begeleiding and link their users (the functioneel beheerder). */
    PARTNERS_BEHEREN,
    // Issue 17, interpreters part (ADR 0038)
    /**
     * See a person's planned appointments with their interpreter, and the list of appointments whose interpreter is not
     * yet booked (I-1); a partner's user only the begeleiding appointments of the persons assigned to their organisation.
     */
    AFSPRAKEN_INZIEN,
    /**
     * Plan an appointment with a person, record its interpreter booked, mark it held or cancelled (I-1); a partner's
     * user only begeleiding appointments (T-9).
     */
    AFSPRAKEN_PLANNEN;

    /** The authority string Spring Security checks. */
    public String authority() {
        return "RECHT_" + name();
    }
}
