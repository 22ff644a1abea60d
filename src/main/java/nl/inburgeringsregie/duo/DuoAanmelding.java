package nl.inburgeringsregie.duo;

import java.net.URI;
import org.springframework.http.HttpHeaders;

/**
 * Credentials the DUO client adds to a request to DUO's APIs besides its PKIoverheid certificate: the extension point
 * through which the built-in DUO simulator (module duosimulator, demo and tests only) hands the client its secret.
 * Real DUO needs none: without a bean of this type nothing is added.
 */
public interface DuoAanmelding {

    /** Adds this source's credentials to the headers of a request to {@code url}, if the request is for it. */
    void meldAan(URI url, HttpHeaders headers);
}
