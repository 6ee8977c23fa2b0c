package org.docket.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One JSON object per line on standard output, as the command-line contract says. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
