package nl.inburgeringsregie.infrastructure.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header; the committed copy is docs/api/openapi.json (OpenApiDocumentTest). */
@Configuration
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Inburgeringsregie API",
                        version = ApiVersionHeaderFilter.VERSION,
                        description = "REST API van Inburgeringsregie voor de uitvoering van de Wet inburgering 2021. "
                                + "Fouten als application/problem+json; elk antwoord draagt de header API-Version. "
                                + "Een verzoek met een veld dat het schema niet kent, krijgt 400 met dat veld in "
                                + "invalidParams (additionalProperties: false)."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
// h6 (issue 14 point 12): an OAuth2 bearer token (JWT) of the identity provider; HTTP Basic only in the embedded demo.
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "OAuth2-access-token (JWT) van de identity provider van de gemeente (README, Production).")
@SecurityScheme(
        name = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "Alleen in de ingebouwde demo: lokale accounts (uit zodra OpenID Connect is ingesteld).")
class OpenApiConfig {}
