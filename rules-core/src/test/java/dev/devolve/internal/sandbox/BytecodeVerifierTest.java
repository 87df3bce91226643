package dev.devolve.internal.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytecode check on its own, on classes compiled here: the second line must hold for code the
 * source check never saw.
 */
class BytecodeVerifierTest {

    private static List<String> verify(Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/');
        try (InputStream in = type.getResourceAsStream("/" + name + ".class")) {
            return BytecodeVerifier.verify(in.readAllBytes(), Set.of(name));
        }
    }

    @Test
    void codeWithinTheAllowListPasses() throws IOException {
        assertThat(verify(Clean.class)).isEmpty();
    }

    @Test
    void callsOutsideTheAllowListAreNamed() throws IOException {
        assertThat(verify(RunsAProgram.class)).contains("calls java.lang.Runtime.getRuntime", "calls java.lang.Runtime.exec",
                "uses class java.lang.Runtime");
    }

    @Test
    void aMethodReferenceIsCheckedLikeACall() throws IOException {
        assertThat(verify(ReadsAProperty.class)).contains("calls java.lang.System.getProperty");
    }

    @Test
    void locksLoopsAndArraysOfAnySizeAreRefused() throws IOException {
        List<String> problems = verify(Hangs.class);
        assertThat(problems).anyMatch(p -> p.startsWith("locks a monitor (synchronized) in hang"));
        assertThat(problems).anyMatch(p -> p.startsWith("jumps backwards (a loop) in spin"));
        assertThat(problems).anyMatch(p -> p.startsWith("allocates an array whose size is not a constant up to 256 in allocate"));
    }

    @Test
    void aScaleIsASizeSoBigDecimalValueOfIsRefused() throws IOException {
        assertThat(verify(Scales.class)).contains("calls java.math.BigDecimal.valueOf", "calls java.math.BigDecimal.multiply");
    }

    @Test
    void somethingThatIsNotAClassFileIsAProblemNotACrash() {
        assertThat(BytecodeVerifier.verify(new byte[] {1, 2, 3}, Set.of())).singleElement()
                .satisfies(p -> assertThat(p).startsWith("unreadable class file"));
    }
}

final class Clean {
    static boolean test(String s, BigDecimal d) {
        return s.length() > 2 && d.multiply(d, MathContext.DECIMAL128).signum() > 0 && s.startsWith("x");
    }
}

final class RunsAProgram {
    static void run() throws IOException {
        Runtime.getRuntime().exec(new String[] {"true"});
    }
}

final class ReadsAProperty {
    static String read() {
        Function<String, String> f = System::getProperty;
        return f.apply("user.home");
    }
}

final class Hangs {
    static void hang(Object o) {
        synchronized (o) {
            o.hashCode();
        }
    }

    static int spin(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += i;
        }
        return s;
    }

    static long[] allocate(int n) {
        return new long[n];
    }
}

final class Scales {
    static BigDecimal scale() {
        return BigDecimal.valueOf(1, -999_999_999);
    }

    static BigDecimal square(BigDecimal d) {
        return d.multiply(d);
    }
}
