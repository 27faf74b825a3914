package kz.elections.common.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file one record at a time, with Apache Commons CSV. A value may be quoted with
 * {@code "}, and then hold separators, line breaks and {@code ""} for a quote. The separator is {@code ;}
 * or {@code ,}, whichever the first non-blank line holds more of outside quotes (Excel in Kazakh and
 * Russian locales writes {@code ;}). A UTF-8 byte-order mark is skipped; lines end in CRLF or LF. Each
 * record carries the number of the line it starts on, blank lines counted, so an error names the line a
 * person sees in an editor. The file is streamed, never held in memory.
 */
public final class CsvImport implements Closeable {

    /** How far the separator is looked for: the first non-blank line, up to this many characters. */
    private static final int SNIFF_LIMIT = 1 << 16;

    /** A record: the line it starts on (from 1) and its values, surrounding spaces removed. */
    public record Line(int number, List<String> values) {

        /** An empty or whitespace-only line: imports skip it but keep counting. */
        public boolean blank() {
            for (String value : values) { // a loop, not a stream: it runs for each of a million lines
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A quote that never closes, or characters after a closing quote: the rest of the file cannot be read reliably. */
    public static final class MalformedCsvException extends IOException {

        private final int line;

        MalformedCsvException(int line, Throwable cause) {
            super("a quoted value is not closed, or characters follow its closing quote", cause);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char separator;
    private long linesRead;

    private CsvImport(Reader reader, char separator) throws IOException {
        this.separator = separator;
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get().parse(reader);
        this.records = parser.iterator();
    }

    /** Opens {@code input}: skips a byte-order mark and finds the separator; nothing else is read yet. */
    public static CsvImport open(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input, SNIFF_LIMIT);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return new CsvImport(reader, separatorOf(reader));
    }

    public char separator() {
        return separator;
    }

    /** The next record, or null at the end of the file. */
    public Line next() throws IOException {
        int start = (int) linesRead + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber();
            return new Line(start, record.toList());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException malformed) {
                throw new MalformedCsvException(start, malformed);
            }
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** {@code ;} if the first non-blank line has more semicolons than commas outside quotes, else {@code ,}. */
    private static char separatorOf(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_LIMIT);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean content = false;
        int c;
        for (int read = 0; read < SNIFF_LIMIT - 1 && (c = reader.read()) != -1; read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    break;
                }
            } else if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            }
            content |= !Character.isWhitespace(c);
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }
}
