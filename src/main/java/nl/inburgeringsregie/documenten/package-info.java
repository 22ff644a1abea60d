/**
 * The letters a gemeente sends (issue 13 point 5), shared by the modules that decide: the PIP's beschikking (P-5) now,
 * later handhaving's and the statements. Renders a letter as PDF/A-ready PDF with embedded fonts (Noto, OFL) and an
 * own-language summary, from message bundles under {@code documenten/brieven/i18n}; a gemeente's sender block and
 * signatory ({@link nl.inburgeringsregie.documenten.BriefInstellingen}, set in the UI through
 * {@link nl.inburgeringsregie.documenten.BriefInstellingenBron}) and its own template come from configuration. Knows no
 * module's aggregate: a letter receives what it shows.
 */
@ApplicationModule(displayName = "Documenten")
package nl.inburgeringsregie.documenten;

import org.springframework.modulith.ApplicationModule;
