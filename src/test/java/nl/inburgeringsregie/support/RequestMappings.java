package nl.inburgeringsregie.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every request mapping of the application as (method, concrete path), for tests that walk them all. */
public final class RequestMappings {

    /** One endpoint: HTTP method, path template and a concrete path with every variable filled in. */
    public record Endpoint(String method, String template, String path) {

        public boolean heeftId() {
            return template.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private RequestMappings() {}

    /** All endpoints; path variables are replaced by {@code id}. */
    public static List<Endpoint> alle(RequestMappingHandlerMapping mapping, UUID id) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String template : info.getPatternValues()) {
                String path = template.replaceAll("\\{[^}]+}", id.toString());
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("GET", template, path));
                } else {
                    methods.forEach(m -> endpoints.add(new Endpoint(m.name(), template, path)));
                }
            }
        }
        return endpoints;
    }
}
