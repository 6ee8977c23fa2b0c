package org.docket.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API described with OpenAPI, at /v3/api-docs and /swagger-ui, for the councils' own tools. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDocumentation {

    @Bean
    OpenAPI docketApi() {
        return new OpenAPI()
                .info(new Info().title("Docket").version("0.1.0")
                        .description("Search the archive and the post, list the review queue and decide documents in it. "
                                + "Every call signs in with HTTP Basic as a Docket user and sees only what that user may."))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
