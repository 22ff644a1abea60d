package nl.inburgeringsregie.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bearer tokens for the benchmark's API requests (ADR 0021), as a gemeente's identity provider would issue them: RS256
 * JWTs signed with a test key (PKCS#8 PEM, {@code -DtokenKey}) whose public half the application is started with
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}). Production API clients use bearer tokens;
 * HTTP Basic checks a bcrypt hash on every request (50–100 ms of CPU), which would hide the API's own cost.
 *
 * <p>Roles and gemeenten follow from the national dataset's account names: {@code c<code>-<n>} a consultant of
 * gemeente {@code <code>}, {@code t<code>} its team lead, {@code b<code>} its budgetcoach, {@code a<n>} a provider's
 * user and {@code bg<region>-<k>} a partner organisation's begeleider (no gemeente). One token per
 * account, valid for four hours. The name claim is the account name: the first request writes that name into the
 * account's row (just-in-time provisioning keeps the password hash), so form login keeps working.
 */
final class Tokens {

    private static final Pattern CONSULENT = Pattern.compile("c(\\d{4})-\\d+");
    private static final Pattern TEAMLEIDER = Pattern.compile("t(\\d{4})");
    private static final Pattern AANBIEDER = Pattern.compile("a\\d+");
    private static final Pattern BUDGETCOACH = Pattern.compile("b(\\d{4})");
    private static final Pattern BEGELEIDER = Pattern.compile("bg\\d+-\\d+");

    private final PrivateKey sleutel;
    private final String audience;
    private final Map<String, String> perAccount = new ConcurrentHashMap<>();

    Tokens(Path pem, String audience) {
        try {
            String tekst = Files.readString(pem, StandardCharsets.US_ASCII);
            if (!tekst.contains("BEGIN PRIVATE KEY")) {
                throw new IllegalArgumentException("tokenKey must be a PKCS#8 PEM private key (openssl genpkey): " + pem);
            }
            byte[] der = Base64.getMimeDecoder()
                    .decode(tekst.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            this.sleutel = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the token key " + pem, e);
        }
        this.audience = audience;
    }

    /** The token of an account of the national dataset. */
    String voor(String gebruiker) {
        return perAccount.computeIfAbsent(gebruiker, this::maak);
    }

    private String maak(String gebruiker) {
        String rol;
        String gemeenten;
        Matcher consulent = CONSULENT.matcher(gebruiker);
        Matcher teamleider = TEAMLEIDER.matcher(gebruiker);
        Matcher budgetcoach = BUDGETCOACH.matcher(gebruiker);
        if (consulent.matches()) {
            rol = "CONSULENT";
            gemeenten = "[\"" + consulent.group(1) + "\"]";
        } else if (teamleider.matches()) {
            rol = "TEAMLEIDER";
            gemeenten = "[\"" + teamleider.group(1) + "\"]";
        } else if (budgetcoach.matches()) {
            rol = "BUDGETCOACH";
            gemeenten = "[\"" + budgetcoach.group(1) + "\"]";
        } else if (AANBIEDER.matcher(gebruiker).matches()) {
            rol = "AANBIEDER";
            gemeenten = "[]";
        } else if (BEGELEIDER.matcher(gebruiker).matches()) {
            rol = "BEGELEIDER";
            gemeenten = "[]";
        } else {
            throw new IllegalArgumentException("No token claims known for account " + gebruiker
                    + " (national dataset accounts c<code>-<n>, t<code>, b<code>, a<n>, bg<region>-<k>)");
        }
        long nu = Instant.now().getEpochSecond();
        String kop = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"sub\":\"" + gebruiker + "\",\"preferred_username\":\"" + gebruiker + "\",\"name\":\""
                + gebruiker + "\",\"aud\":\"" + audience + "\",\"rollen\":[\"" + rol + "\"],\"gemeenten\":"
                + gemeenten + ",\"iat\":" + nu + ",\"nbf\":" + (nu - 60) + ",\"exp\":" + (nu + 4 * 3600) + "}";
        String ondertekend = base64(kop.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(sleutel);
            rsa.update(ondertekend.getBytes(StandardCharsets.US_ASCII));
            return ondertekend + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
