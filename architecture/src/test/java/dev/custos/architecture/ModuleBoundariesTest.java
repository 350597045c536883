package dev.custos.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules over the main code of every module: no class uses another module's {@code internal} package,
 * and no package cycle is added to the ones frozen in {@code frozen-violations/} (see its README).
 */
class ModuleBoundariesTest {
    private static final String FIXTURES = "dev.custos.architecture.fixture";

    /** Package cycles among all Custos packages; each package is a slice. */
    private static ArchRule packageCycles() {
        return slices().matching("dev.custos.(**)").should().beFreeOfCycles();
    }

    @Test
    void internalPackages_areUsedOnlyInTheirModule() {
        InternalPackages.usedOnlyInTheirModule(CustosClasses::moduleOf).check(CustosClasses.all());
    }

    @Test
    void internalPackages_usedFromAnotherModule_isRefused() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);
        // Pretend that each package below the fixture root is a module.
        ArchRule rule = InternalPackages.usedOnlyInTheirModule(ModuleBoundariesTest::fixtureModule);

        assertThat(rule.evaluate(fixtures).getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains("Hidden")
                .contains("module user uses an internal package of module internal");
    }

    @Test
    void packageCycles_noneButTheFrozenOnes() {
        FreezingArchRule.freeze(packageCycles())
                .associateViolationLinesVia(new CycleMembers())
                .check(CustosClasses.all());
    }

    @Test
    void packageCycles_newCycle_isFound() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES + ".cycle");

        assertThat(packageCycles().evaluate(fixtures).getFailureReport().getDetails())
                .singleElement()
                .satisfies(violation -> assertThat(CycleMembers.slices(violation))
                        .containsExactly("architecture.fixture.cycle.a", "architecture.fixture.cycle.b"));
    }

    @Test
    void cycleMembers_sameSlicesInAnotherOrder_match_otherSlicesDoNot() {
        CycleMembers matcher = new CycleMembers();
        String frozen =
                "Cycle detected: Slice frost -> \n                Slice frost.dkg -> \n                Slice frost\n"
                        + "  1. Dependencies of Slice frost\n    - Method <a> calls method <b>";
        String rotated = "Cycle detected: Slice frost.dkg -> \n                Slice frost -> \n"
                + "                Slice frost.dkg\n  1. Dependencies of Slice frost.dkg\n    - Field <c> has type <d>";
        String other = "Cycle detected: Slice frost -> \n                Slice frost.keys -> \n"
                + "                Slice frost\n  1. Dependencies of Slice frost\n    - Method <a> calls method <b>";

        assertThat(matcher.matches(rotated, frozen)).isTrue();
        assertThat(matcher.matches(other, frozen)).isFalse();
    }

    /** A new module must be added to this module's dependencies, or its classes would escape the rules. */
    @Test
    void everyReactorModule_isReadByTheRules() throws IOException {
        String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Set<String> modules = new TreeSet<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        while (module.find()) {
            modules.add(module.group(1).strip());
        }
        modules.remove("architecture");
        // modules with tests only: no main classes for the rules to read
        modules.removeIf(name -> !Files.isDirectory(Path.of("..", name, "src", "main", "java")));
        Set<String> read = CustosClasses.all().stream()
                .map(CustosClasses::moduleOf)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(modules).isNotEmpty();
        assertThat(read)
                .as("modules whose classes the rules read; add a missing one to architecture/pom.xml")
                .containsAll(modules);
    }

    private static String fixtureModule(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring(FIXTURES.length());
        int end = rest.indexOf('.', 1);
        return rest.isEmpty() ? "" : rest.substring(1, end < 0 ? rest.length() : end);
    }
}
