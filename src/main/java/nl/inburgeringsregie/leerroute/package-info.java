/**
 * The route vocabulary shared by intake, PIP and the DUO link: the leerroute, the level of the PIP and the
 * alfabetisering indicator, with DUO's values. The home of the route follow-up of the next issue; it depends on no
 * other module.
 */
@ApplicationModule(displayName = "Leerroute")
package nl.inburgeringsregie.leerroute;

import org.springframework.modulith.ApplicationModule;
