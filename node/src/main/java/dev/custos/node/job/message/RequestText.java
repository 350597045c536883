package dev.custos.node.job.message;

/** The rule for the short texts a signing job carries (request id, initiator, approver names, verdict reasons). */
final class RequestText {
    private RequestText() {}

    /**
     * Checks that {@code text} has {@code min} to {@code max} characters (UTF-16 units), no control characters and no
     * unpaired surrogate (the approval digest encodes texts as UTF-8, which cannot hold one).
     *
     * @return the text
     * @throws IllegalArgumentException naming {@code what} and the problem
     */
    static String require(String text, String what, int min, int max) {
        if (text.length() < min || text.length() > max) {
            throw new IllegalArgumentException(
                    what + " is " + min + " to " + max + " characters, got " + text.length());
        }
        int index = 0;
        for (int codePoint : text.codePoints().toArray()) {
            if (Character.isISOControl(codePoint)) {
                throw new IllegalArgumentException(what + " has a control character at index " + index);
            }
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                throw new IllegalArgumentException(what + " has an unpaired surrogate at index " + index);
            }
            index += Character.charCount(codePoint);
        }
        return text;
    }

    /**
     * Checks that {@code text} has at most {@code max} characters (UTF-16 units) and no unpaired surrogate, so that it
     * survives UTF-8 unchanged.
     *
     * @return the text
     * @throws IllegalArgumentException naming {@code what} and the problem
     */
    static String requireEncodable(String text, String what, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " is at most " + max + " characters, got " + text.length());
        }
        int index = 0;
        for (int codePoint : text.codePoints().toArray()) {
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                throw new IllegalArgumentException(what + " has an unpaired surrogate at index " + index);
            }
            index += Character.charCount(codePoint);
        }
        return text;
    }
}
