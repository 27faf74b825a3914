package kz.elections.results.publication;

import jakarta.ws.rs.core.Response;

/**
 * The open data's CSV files: UTF-8 with a byte-order mark, because spreadsheets in Russian and Kazakh locales
 * read a file without one in the local code page and garble every Cyrillic name; fields quoted when they are text.
 */
public final class OpenCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private OpenCsv() {
    }

    /** A file that starts with the byte-order mark and the header line. */
    public static StringBuilder withHeader(String header) {
        return new StringBuilder(BYTE_ORDER_MARK).append(header).append('\n');
    }

    public static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** {@code csv} as a download named {@code fileName}. */
    public static Response.ResponseBuilder ok(String csv, String fileName) {
        return Response.ok(csv, CONTENT_TYPE).header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    }

    /** Whether the caller asked for CSV: {@code ?format=csv}, or an Accept header naming it. */
    public static boolean wanted(String format, String accept) {
        return "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains(MEDIA_TYPE));
    }
}
