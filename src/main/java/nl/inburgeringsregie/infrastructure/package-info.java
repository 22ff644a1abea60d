/**
 * Technical infrastructure every module uses: the embedded database, the clock, the logging guard that keeps BSNs out
 * of the logs, the one task scheduler, web error handling, input limits and how values read on a screen.
 * No domain logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.inburgeringsregie.infrastructure;
