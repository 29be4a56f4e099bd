package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.ExpectedVersion;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.List;

/**
 * A handler's {@link ExpectedVersion} parameter is the request's {@code If-Match} header, parsed here
 * once for every edit and move ({@link IfMatch#parse}: 428 when absent, 400 when malformed), and the
 * handler's operation documents the header. Declared after a {@code @Valid @RequestBody}, it keeps a
 * bad body answered first, as when each handler parsed the header itself.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static {
        // The record is the header, not a query object for springdoc to describe from its components.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ExpectedVersion.class;
    }

    @Override
    public ExpectedVersion resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                           NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return IfMatch.parse(request.getHeader(HttpHeaders.IF_MATCH));
    }

    /**
     * Optional in the document, as the header was when each handler read it: a request without it is
     * answered 428 with a problem saying what to send, not refused by the framework before the handler.
     */
    @Bean
    OperationCustomizer ifMatchHeaderDocumented() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(this::supportsParameter)) {
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
