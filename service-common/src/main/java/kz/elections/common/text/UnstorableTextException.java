package kz.elections.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string field breaks a {@link StorableText} rule; Jackson adds the field's path as it unwinds. */
public final class UnstorableTextException extends MismatchedInputException {

    private final String rule;

    UnstorableTextException(JsonParser parser, String rule) {
        super(parser, "String value " + rule, String.class);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
