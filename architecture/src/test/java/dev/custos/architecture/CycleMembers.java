package dev.custos.architecture;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a cycle violation to a frozen one by the slices that form the cycle, whichever slice the report starts with
 * and whatever class-level dependencies it lists. So a frozen cycle stays frozen while code on its edges changes, and
 * only a cycle through another set of packages fails.
 */
final class CycleMembers implements ViolationLineMatcher {
    private static final Pattern SLICE = Pattern.compile("Slice (\\S+?)(?: ->|$|\\s)");
    private static final String DETAILS = "Dependencies of Slice";

    @Override
    public boolean matches(String lineFromFirstViolation, String lineFromSecondViolation) {
        Set<String> first = slices(lineFromFirstViolation);
        return !first.isEmpty() && first.equals(slices(lineFromSecondViolation));
    }

    /** The slices named in the head of a cycle report, before its list of dependencies. */
    static Set<String> slices(String violation) {
        int details = violation.indexOf(DETAILS);
        String head = details < 0 ? violation : violation.substring(0, details);
        Set<String> slices = new TreeSet<>();
        Matcher matcher = SLICE.matcher(head);
        while (matcher.find()) {
            slices.add(matcher.group(1));
        }
        return slices;
    }
}
