/**
 * Technical infrastructure every module uses: the embedded database, the clock, web error handling.
 * No domain logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.inburgeringsregie.infrastructure;
