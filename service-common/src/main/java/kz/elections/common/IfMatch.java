package kz.elections.common;

/** Reads the version out of an If-Match header: {@code "3"} → 3; absent or {@code *} → no check. */
public final class IfMatch {

    private IfMatch() {
    }

    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this service issued, like \"3\"");
        }
    }
}
