/**
 * Financieel ontzorgen (issue 17, first part; ADR 0032): for an asielstatushouder on bijstand (Participatiewet art.
 * 56a, O-1) the gemeente pays the fixed costs from the bijstand for six months from the start of the bijstand right
 * (T-8): rent, energy, water and the health insurance premium, after the person signed an authorisation (machtiging).
 * At the end the budgetcoach decides to end or to extend with a reason and a new end date (O-2, maatwerk); the
 * deadline before the end is this module's {@code TermijnBron}. The budgetcoach works through the access decision with
 * rights of their own and sees only what ontzorgen needs.
 */
@ApplicationModule(displayName = "Ontzorgen")
package nl.inburgeringsregie.ontzorgen;

import org.springframework.modulith.ApplicationModule;
