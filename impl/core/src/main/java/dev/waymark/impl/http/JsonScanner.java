package dev.waymark.impl.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the tokens of a JSON document (RFC 8259) from its UTF-8 bytes in one pass, and enforces
 * {@link JsonLimits} as it goes: no step costs more than the bytes it reads, whatever the
 * document. It knows where each token is (line, column, JSON pointer) and words every refusal in
 * those terms.
 */
final class JsonScanner {

    /** A token of a JSON document. */
    enum Token { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, KEY, STRING, NUMBER, TRUE, FALSE, NULL, END }

    private enum Expect { VALUE, FIRST_KEY, FIRST_ELEMENT, AFTER_VALUE, DONE }

    /** The longest pointer or value quoted in a refusal. */
    private static final int QUOTED = 64;

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final byte[] json;
    private final JsonLimits limits;
    private final String noun;
    private int pos;
    private int line = 1;
    private int lineStart;
    private Expect expect = Expect.VALUE;

    private int depth;
    private boolean[] objects = new boolean[8];
    private int[] indexes = new int[8];
    private int[] keyStarts = new int[8];
    private int[] keyEnds = new int[8];
    private boolean[] keysEscaped = new boolean[8];
    private final java.util.List<java.util.Set<String>> names = new java.util.ArrayList<>();

    private Token token;
    private int start;
    private int end;
    private boolean escaped;
    private boolean fraction;
    private boolean exponent;
    private int tokenAt;
    private int tokenLine;
    private int tokenLineStart;
    private int valueDepth;

    /**
     * A scanner at the start of a document.
     *
     * @param json the UTF-8 bytes
     * @param limits the limits to enforce
     * @param noun what the document is, for refusals: {@code body}, {@code message}
     */
    JsonScanner(byte[] json, JsonLimits limits, String noun) {
        this.json = json;
        this.limits = limits;
        this.noun = noun;
    }

    /**
     * Reads a whole document, checking that it is JSON within the limits.
     *
     * @param json the UTF-8 bytes
     * @param limits the limits to enforce
     * @param noun what the document is, for refusals: {@code body}, {@code message}
     * @throws JsonRefusal if the document is not JSON or exceeds a limit
     */
    static void scan(byte[] json, JsonLimits limits, String noun) {
        JsonScanner scanner = new JsonScanner(json, limits, noun);
        Token token;
        do {
            token = scanner.next();
        } while (token != Token.END);
    }

    JsonLimits limits() {
        return limits;
    }

    /** How many arrays and objects are open. */
    int depth() {
        return depth;
    }

    /**
     * Reads the next token.
     *
     * @return the token; {@link Token#END} once the document is read
     * @throws JsonRefusal if the document is not JSON or exceeds a limit
     */
    Token next() {
        skipWhitespace();
        mark();
        return token = switch (expect) {
            case VALUE -> value();
            case FIRST_KEY -> at() == '}' ? close() : key();
            case FIRST_ELEMENT -> at() == ']' ? close() : element();
            case AFTER_VALUE -> afterValue();
            case DONE -> Token.END;
        };
    }

    /**
     * Reads to the end of the value a token starts.
     *
     * @param first the value's first token, just read
     */
    void skip(Token first) {
        if (first == Token.BEGIN_OBJECT || first == Token.BEGIN_ARRAY) {
            int outside = depth - 1;
            while (depth > outside) {
                next();
            }
        }
    }

    /** The text of the {@link Token#STRING} or {@link Token#KEY} just read, unescaped. */
    String text() {
        return decode(start, end, escaped);
    }

    /** The text of the {@link Token#NUMBER} just read, as written. */
    String numberText() {
        return new String(json, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** How many characters the {@link Token#NUMBER} just read has. */
    int numberLength() {
        return end - start;
    }

    /** Whether the {@link Token#NUMBER} just read has a fraction part ({@code 1.5}). */
    boolean numberHasFraction() {
        return fraction;
    }

    /** Whether the {@link Token#NUMBER} just read has an exponent ({@code 1e5}). */
    boolean numberHasExponent() {
        return exponent;
    }

    /**
     * The value of the {@link Token#NUMBER} just read, which is an integer of at most 18 digits
     * with no fraction or exponent.
     */
    long numberAsLong() {
        boolean negative = json[start] == '-';
        long value = 0;
        for (int p = negative ? start + 1 : start; p < end; p++) {
            value = value * 10 + json[p] - '0';
        }
        return negative ? -value : value;
    }

    /**
     * Refuses the value just read: it does not fit what its type takes.
     *
     * @param expected what the type takes, such as {@code an integer}
     * @return the refusal, to throw
     */
    JsonRefusal mismatch(String expected) {
        return new JsonRefusal(JsonRefusal.Reason.MISMATCH, "The JSON " + noun + " does not fit " + where(pointer(valueDepth),
                tokenLine, tokenLineStart, tokenAt) + ": expected " + expected + ", got " + found());
    }

    private String found() {
        return switch (token) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case STRING -> {
                String text = text();
                yield text.length() <= QUOTED ? "\"" + text + "\"" : "a string of " + text.length() + " characters";
            }
            case NUMBER -> end - start <= QUOTED ? numberText() : "a number of " + (end - start) + " characters";
            case TRUE -> "true";
            case FALSE -> "false";
            default -> "null";
        };
    }

    private Token value() {
        valueDepth = depth;
        return switch (at()) {
            case '{' -> open(true);
            case '[' -> open(false);
            case '"' -> {
                string();
                expect = Expect.AFTER_VALUE;
                yield Token.STRING;
            }
            case 't' -> literal(TRUE, Token.TRUE);
            case 'f' -> literal(FALSE, Token.FALSE);
            case 'n' -> literal(NULL, Token.NULL);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
            case -1 -> throw malformed(endsEarly());
            default -> throw malformed("expected a value");
        };
    }

    private Token element() {
        indexes[depth - 1] = 0;
        return value();
    }

    private Token key() {
        if (at() != '"') {
            throw malformed(at() == -1 ? endsEarly() : "expected a property name in double quotes");
        }
        string();
        int level = depth - 1;
        keyStarts[level] = start;
        keyEnds[level] = end;
        keysEscaped[level] = escaped;
        String name = decode(start, end, escaped);
        if (!names(level).add(name)) {
            throw malformed("the property name \"" + (name.length() <= QUOTED ? name : name.substring(0, QUOTED) + "…")
                    + "\" appears twice in one object");
        }
        valueDepth = depth;
        skipWhitespace();
        if (at() != ':') {
            throw malformed(at() == -1 ? endsEarly() : "expected ':' after the property name");
        }
        pos++;
        expect = Expect.VALUE;
        return Token.KEY;
    }

    /** The property names of the object open at a level: a name MUST NOT appear twice (RFC 7493, I-JSON). */
    private java.util.Set<String> names(int level) {
        while (names.size() <= level) {
            names.add(new java.util.HashSet<>());
        }
        return names.get(level);
    }

    private Token afterValue() {
        int next = at();
        if (depth == 0) {
            if (next != -1) {
                throw malformed("expected the end of the " + noun + " after the JSON value");
            }
            expect = Expect.DONE;
            return Token.END;
        }
        boolean object = objects[depth - 1];
        if (next == ',') {
            pos++;
            skipWhitespace();
            mark();
            if (object) {
                keyStarts[depth - 1] = -1;
                return key();
            }
            indexes[depth - 1]++;
            return value();
        }
        if (next == (object ? '}' : ']')) {
            return close();
        }
        throw malformed(next == -1 ? endsEarly() : object ? "expected ',' or '}' after a property" : "expected ',' or ']' after an element");
    }

    private Token open(boolean object) {
        if (depth == limits.maxDepth()) {
            throw new JsonRefusal(JsonRefusal.Reason.OVER_LIMIT, "The JSON " + noun + " nests deeper than " + limits.maxDepth()
                    + " levels " + where(pointer(depth), line, lineStart, pos));
        }
        if (depth == objects.length) {
            int size = Math.min(depth * 2, limits.maxDepth());
            objects = Arrays.copyOf(objects, size);
            indexes = Arrays.copyOf(indexes, size);
            keyStarts = Arrays.copyOf(keyStarts, size);
            keyEnds = Arrays.copyOf(keyEnds, size);
            keysEscaped = Arrays.copyOf(keysEscaped, size);
        }
        objects[depth] = object;
        indexes[depth] = -1;
        if (object) {
            names(depth).clear();
        }
        keyStarts[depth] = -1;
        depth++;
        pos++;
        expect = object ? Expect.FIRST_KEY : Expect.FIRST_ELEMENT;
        return object ? Token.BEGIN_OBJECT : Token.BEGIN_ARRAY;
    }

    private Token close() {
        boolean object = objects[depth - 1];
        depth--;
        valueDepth = depth;
        pos++;
        expect = Expect.AFTER_VALUE;
        return object ? Token.END_OBJECT : Token.END_ARRAY;
    }

    private Token literal(byte[] word, Token literal) {
        int after = pos + word.length;
        if (after > json.length || !Arrays.equals(json, pos, after, word, 0, word.length) || after < json.length && isWordByte(json[after])) {
            throw malformed("expected a value");
        }
        pos = after;
        expect = Expect.AFTER_VALUE;
        return literal;
    }

    private Token number() {
        byte[] b = json;
        int p = pos;
        start = p;
        if (b[p] == '-') {
            p++;
        }
        if (p < b.length && b[p] == '0') {
            p++;
        } else {
            p = digits(p, "expected a digit");
        }
        fraction = p < b.length && b[p] == '.';
        if (fraction) {
            p = digits(p + 1, "expected a digit after the decimal point");
        }
        exponent = p < b.length && (b[p] == 'e' || b[p] == 'E');
        if (exponent) {
            p++;
            if (p < b.length && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            p = digits(p, "expected a digit in the exponent");
        }
        end = p;
        if (end - start > limits.maxNumberLength()) {
            throw new JsonRefusal(JsonRefusal.Reason.OVER_LIMIT, "A number in the JSON " + noun + " has more than "
                    + limits.maxNumberLength() + " characters " + where(pointer(valueDepth), tokenLine, tokenLineStart, tokenAt));
        }
        pos = p;
        if (p < b.length && (isWordByte(b[p]) || b[p] == '.')) {
            throw malformed("a number is malformed");
        }
        expect = Expect.AFTER_VALUE;
        return Token.NUMBER;
    }

    private int digits(int from, String otherwise) {
        int p = from;
        while (p < json.length && json[p] >= '0' && json[p] <= '9') {
            p++;
        }
        if (p == from) {
            pos = from;
            throw malformed(from == json.length ? endsEarly() : otherwise);
        }
        return p;
    }

    /** Reads a string from its opening quote; {@link #start} and {@link #end} bound its content. */
    private void string() {
        byte[] b = json;
        int p = pos + 1;
        start = p;
        escaped = false;
        while (p < b.length) {
            byte c = b[p];
            if (c == '"') {
                end = p;
                pos = p + 1;
                return;
            }
            if (c == '\\') {
                escaped = true;
                p = escape(p);
            } else if (c >= 0 && c < 0x20) {
                pos = p;
                throw malformed("a string has a control character; write it as an escape such as \\n");
            } else {
                p++;
            }
        }
        throw new JsonRefusal(JsonRefusal.Reason.MALFORMED, "The " + noun + " is not valid JSON " + where(pointer(depth), tokenLine,
                tokenLineStart, tokenAt) + ": the string that starts there has no closing quote");
    }

    /** Checks the escape at a backslash, returning where the string goes on. */
    private int escape(int backslash) {
        int p = backslash + 1;
        if (p == json.length) {
            return p;
        }
        switch (json[p]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return p + 1;
            }
            case 'u' -> {
                for (int i = 1; i <= 4; i++) {
                    if (p + i >= json.length || Character.digit(json[p + i], 16) < 0) {
                        pos = backslash;
                        throw malformed("a string has a \\u escape without four hexadecimal digits");
                    }
                }
                return p + 5;
            }
            default -> {
                pos = backslash;
                throw malformed("a string has an invalid escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u");
            }
        }
    }

    private void skipWhitespace() {
        byte[] b = json;
        int p = pos;
        while (p < b.length) {
            byte c = b[p];
            if (c == '\n') {
                line++;
                lineStart = p + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            p++;
        }
        pos = p;
    }

    private void mark() {
        tokenAt = pos;
        tokenLine = line;
        tokenLineStart = lineStart;
    }

    private int at() {
        return pos < json.length ? json[pos] : -1;
    }

    private static boolean isWordByte(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '+' || c == '-';
    }

    private String endsEarly() {
        return "the " + noun + " ends before the JSON value is complete";
    }

    private JsonRefusal malformed(String reason) {
        return new JsonRefusal(JsonRefusal.Reason.MALFORMED, "The " + noun + " is not valid JSON " + where(pointer(depth), line,
                lineStart, pos) + ": " + reason);
    }

    /** Where something is: {@code at /lines/0/qty (line 1, column 24)}. */
    private String where(String pointer, int atLine, int atLineStart, int at) {
        int column = 1;
        for (int p = atLineStart; p < at; p++) {
            if ((json[p] & 0xC0) != 0x80) {
                column++;
            }
        }
        return "at " + (pointer.isEmpty() ? "the top level" : pointer) + " (line " + atLine + ", column " + column + ")";
    }

    /** The JSON pointer of the entries of the outermost levels, shortened with an ellipsis past {@link #QUOTED} characters. */
    private String pointer(int levels) {
        StringBuilder pointer = new StringBuilder();
        for (int level = 0; level < levels && pointer.length() <= QUOTED; level++) {
            if (objects[level] && keyStarts[level] >= 0) {
                pointer.append('/').append(decode(keyStarts[level], keyEnds[level], keysEscaped[level]).replace("~", "~0").replace("/", "~1"));
            } else if (!objects[level] && indexes[level] >= 0) {
                pointer.append('/').append(indexes[level]);
            }
        }
        return pointer.length() <= QUOTED ? pointer.toString() : pointer.substring(0, QUOTED) + "…";
    }

    private String decode(int from, int to, boolean withEscapes) {
        if (!withEscapes) {
            return new String(json, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(to - from);
        int run = from;
        int p = from;
        while (p < to) {
            if (json[p] != '\\') {
                p++;
                continue;
            }
            text.append(new String(json, run, p - run, StandardCharsets.UTF_8));
            byte escape = json[p + 1];
            if (escape == 'u') {
                text.append((char) Integer.parseInt(new String(json, p + 2, 4, StandardCharsets.ISO_8859_1), 16));
                p += 6;
            } else {
                text.append(switch (escape) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> (char) escape;
                });
                p += 2;
            }
            run = p;
        }
        return text.append(new String(json, run, to - run, StandardCharsets.UTF_8)).toString();
    }
}
