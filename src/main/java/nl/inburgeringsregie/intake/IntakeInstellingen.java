package nl.inburgeringsregie.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.intake.*}: the policy values of the route advice (R-3, C): below which age the
 * onderwijsroute is the default advice for someone who wants and can study, and the estimate of B1-route hours
 * for asielstatushouders (a base, plus extra for literacy training and for an LBT score close to the threshold).
 */
@ConfigurationProperties("inburgeringsregie.intake")
record IntakeInstellingen(
        @DefaultValue("28") int onderwijsrouteTotLeeftijd,
        @DefaultValue("600") int urenB1Basis,
        @DefaultValue("400") int urenExtraAlfabetisering,
        @DefaultValue("200") int urenExtraAndersGealfabetiseerd,
        @DefaultValue("200") int urenExtraKrappeLbt,
        @DefaultValue("5") int krappeLbtMarge) {}
