package dev.praxis.registry.web;

import dev.praxis.registry.common.web.ControlCharacters;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.util.List;

/**
 * How every JSON request body is read (docs/contracts.md, "Errors"), in one place instead of on each
 * request record: a value must have its own JSON type (no {@code 12345} for a string, no {@code "30"}
 * for a number, no {@code 1.5} for a whole number), and no text may hold a control character other
 * than tab, line feed and carriage return ({@link ControlCharacters}).
 *
 * <p>Only the HTTP converter reads this strictly: the service's own {@link JsonMapper} also reads the
 * outbox's stored cards, which must stay readable whatever they hold.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput implements WebMvcConfigurer {

    private final JsonMapper json;

    StrictJsonInput(JsonMapper json) {
        this.json = json;
    }

    /**
     * A reader only, asked just before the usual JSON converter, which still writes every answer:
     * a strict converter that also wrote (as a converter bean does, at the front of the list) wrote
     * springdoc's OpenAPI document, which is bytes, as a base64 string.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof JacksonJsonHttpMessageConverter) {
                converters.add(i, new StrictReader(strict(json)));
                return;
            }
        }
    }

    /** Reads request bodies strictly and never writes. */
    static final class StrictReader extends JacksonJsonHttpMessageConverter {

        StrictReader(JsonMapper strict) {
            super(strict);
        }

        @Override
        public boolean canWrite(Class<?> type, MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
            return false;
        }
    }

    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Scalars to text are governed by the textual coercion, not by ALLOW_COERCION_OF_SCALARS.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("text-without-control-characters")
                        .addDeserializer(String.class, new TextWithoutControlCharacters()))
                .build();
    }

    /** Every {@code String} of a body, in records, lists and arrays alike. */
    static final class TextWithoutControlCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            var refused = text == null ? -1 : ControlCharacters.firstRefused(text);
            if (refused >= 0) {
                throw new ControlCharacterInText(parser, refused);
            }
            return text;
        }
    }

    /** A text holding a refused control character; Jackson adds the JSON path as it unwinds. */
    static final class ControlCharacterInText extends MismatchedInputException {

        ControlCharacterInText(JsonParser parser, int c) {
            super(parser, ControlCharacters.message(c), String.class);
        }
    }
}
