package dev.custos.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main classes of every Custos module on this module's test class path, read once, and the module each class
 * comes from. Test code is left out: it is neither fenced nor checked for cycles.
 */
final class CustosClasses {
    /** A module's jar in the reactor or a repository: {@code custos-<module>-<version>.jar}. */
    private static final Pattern JAR = Pattern.compile(".*/custos-(.+?)-\\d[^/]*\\.jar!$");

    private static final ImportOption MAIN_CODE_ONLY =
            location -> !location.contains("/test-classes/") && !location.matches(Pattern.compile(".*-tests\\.jar.*"));

    private static final JavaClasses ALL =
            new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages("dev.custos");

    private CustosClasses() {}

    static JavaClasses all() {
        return ALL;
    }

    /**
     * The module (its folder name in the reactor) that {@code javaClass} was read from: from the jar name when
     * the module was packaged, else from the folder above its build output ({@code <module>/target/classes}).
     */
    static String moduleOf(JavaClass javaClass) {
        String uri = javaClass
                .getSource()
                .orElseThrow(() -> new IllegalStateException("no source for " + javaClass.getName()))
                .getUri()
                .toString();
        int packageStart = uri.indexOf("/dev/custos/");
        if (packageStart < 0) {
            throw new IllegalStateException("not a Custos class location: " + uri);
        }
        String root = uri.substring(0, packageStart);
        Matcher jar = JAR.matcher(root);
        if (jar.matches()) {
            return jar.group(1);
        }
        String[] folders = root.split("/", -1);
        if (folders.length < 3) {
            throw new IllegalStateException("cannot tell the module of " + uri);
        }
        return folders[folders.length - 3];
    }
}
