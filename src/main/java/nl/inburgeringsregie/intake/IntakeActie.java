package nl.inburgeringsregie.intake;

/**
 * What a user can do to an intake; the aggregate answers which of these its state allows ({@link Intake#mag}).
 * A draft (CONCEPT) allows all of them; a finished intake (AFGEROND) none: it is final.
 */
public enum IntakeActie {
    /** Save the conversation, appointments and route decision as a draft (I-1, I-2, R-3). */
    BEWAREN,
    /** Record the leerbaarheidstoets or the municipality's exemption (I-3). */
    LEERBAARHEIDSTOETS_VASTLEGGEN,
    /** Complete the record with COA's warme overdracht (I-4). */
    COA_OVERNEMEN,
    /** Finish the intake: CONCEPT → AFGEROND, once the completion rules hold. */
    AFRONDEN
}
