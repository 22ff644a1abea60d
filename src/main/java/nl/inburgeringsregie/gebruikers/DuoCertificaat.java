package nl.inburgeringsregie.gebruikers;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * DUO signs in with its PKIoverheid client certificate (production; README "Production: DUO's client certificate").
 * The servlet container has already checked the certificate against its trust store during the TLS handshake
 * ({@code server.ssl.client-auth}, {@code server.ssl.trust-store*}); this class only decides who it is. A certificate
 * whose subject serialNumber (OID 2.5.4.5, where PKIoverheid puts the OIN) is DUO's OIN ({@code inburgeringsregie.duo.oin})
 * signs in as the account {@value #DUO}: role DUO only, for the gemeenten of {@code inburgeringsregie.duo.gemeenten}.
 * Any other certificate is authenticated without any right, so the DUO chain answers 403.
 *
 * <p>The account is a normal row in {@code app_user}, because the notification's background processing runs as the
 * account it was delivered with ({@code UserDetailsService.loadUserByUsername}), and row-level security and the audit
 * log need its gemeenten and name. The embedded default creates it as a demo account (password {@code demo}); in
 * production it is created here on DUO's first sign-in, with a random password nobody knows.
 */
@Component
class DuoCertificaat implements AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> {

    /** The user name of DUO's machine client, the same with a certificate as with HTTP Basic. */
    static final String DUO = "duo";

    static final String NAAM = "DUO (koppeling)";
    /** X.500 attribute serialNumber; PKIoverheid certificates carry the organisation's OIN in it. */
    static final String SERIAL_NUMBER = "2.5.4.5";

    private static final Logger log = LoggerFactory.getLogger(DuoCertificaat.class);

    private final String duoOin;
    private final List<String> gemeenten;
    private final GebruikerRepository repository;
    private final PasswordEncoder passwordEncoder;

    /** Reads the duo module's settings from the environment: no dependency on that module (it depends on this one). */
    DuoCertificaat(
            @Value("${inburgeringsregie.duo.oin}") String duoOin,
            Environment environment,
            GebruikerRepository repository,
            PasswordEncoder passwordEncoder) {
        this.duoOin = duoOin;
        this.gemeenten = Binder.get(environment)
                .bind("inburgeringsregie.duo.gemeenten", Bindable.mapOf(String.class, String.class))
                .map(oins -> oins.keySet().stream().sorted().toList())
                .orElse(List.of());
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * The principal Spring Security's X.509 filter takes from a client certificate: the subject's serialNumber (the
     * OIN), or the whole subject when it has none (never DUO then).
     */
    static String oin(X509Certificate certificaat) {
        String subject = certificaat
                .getSubjectX500Principal()
                .getName(X500Principal.RFC2253, Map.of(SERIAL_NUMBER, "SERIALNUMBER"));
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                Attribute serialNumber = rdn.toAttributes().get("SERIALNUMBER");
                if (serialNumber != null) {
                    return String.valueOf(serialNumber.get());
                }
            }
        } catch (NamingException e) {
            // Not a readable subject: not DUO's certificate.
        }
        return subject;
    }

    @Override
    public UserDetails loadUserDetails(PreAuthenticatedAuthenticationToken token) {
        String oin = String.valueOf(token.getPrincipal());
        if (!duoOin.equals(oin)) {
            // Trusted by the container, but not DUO: signed in without any right, so refused (403), never stored.
            return User.withUsername("certificaat " + oin)
                    .password("")
                    .authorities(List.of())
                    .build();
        }
        return duoAccount();
    }

    /**
     * The DUO account, created when missing; its role (DUO only) and gemeenten follow the configuration, so a
     * certificate never carries more than DUO's right, and a gemeente added to {@code inburgeringsregie.duo.gemeenten}
     * is one DUO's notifications can be processed for. Its name, password and active flag are left as they are.
     */
    GebruikerAccount duoAccount() {
        Optional<GebruikerAccount> bestaand = repository.vind(DUO);
        Gebruiker duo = new Gebruiker(
                DUO,
                bestaand.map(a -> a.gebruiker().naam()).orElse(NAAM),
                EnumSet.of(Rol.DUO),
                gemeenten,
                bestaand.map(a -> a.gebruiker().actief()).orElse(true));
        if (bestaand.isEmpty() || !bestaand.get().gebruiker().equals(duo)) {
            // On an existing account the password is left alone (GebruikerRepository.bewaar only sets it on insert).
            repository.bewaar(
                    duo, bestaand.map(GebruikerAccount::wachtwoordHash).orElseGet(this::onbekendWachtwoord));
            log.info("DUO account {} set for DUO's certificate: role DUO, gemeenten {}", DUO, gemeenten);
        }
        return new GebruikerAccount(duo, null);
    }

    private String onbekendWachtwoord() {
        byte[] geheim = new byte[32];
        new SecureRandom().nextBytes(geheim);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(geheim));
    }
}
