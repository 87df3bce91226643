package dev.devolve.internal.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a class the executable-model generator produced from a pack, before any of it is loaded:
 * every class, field and method its constant pool names must be on the {@link Allowed} list (the
 * constant pool names everything a class can reach, including the targets of method references
 * and lambdas), call sites may only bootstrap lambdas and string concatenation, and its code may
 * not lock, jump backwards (every loop needs one), allocate an array of a size not fixed in the
 * code, or use the retired subroutine instructions.
 */
public final class BytecodeVerifier {

    /** The largest array the generated code may allocate (varargs of the model DSL). */
    static final int MAX_ARRAY = 256;
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory", "java/lang/invoke/StringConcatFactory.makeConcatWithConstants");

    private BytecodeVerifier() {
    }

    /**
     * @param bytes     a class file
     * @param generated the internal names of every class generated with it: they call each other,
     *                  and each is verified on its own
     * @return what the class does that the sandbox does not allow; empty when it passes
     */
    public static List<String> verify(byte[] bytes, Set<String> generated) {
        List<String> problems = new ArrayList<>();
        try {
            check(ClassFile.read(bytes), generated, problems);
        } catch (IOException | RuntimeException e) {
            problems.add("unreadable class file: " + e.getMessage());
        }
        return problems;
    }

    private static void check(ClassFile cf, Set<String> generated, List<String> problems) {
        for (int i = 1; i < cf.pool.length; i++) {
            ClassFile.Constant c = cf.pool[i];
            if (c == null) {
                continue;
            }
            switch (c.tag()) {
                case ClassFile.CLASS -> {
                    String type = cf.className(i).replaceFirst("^\\[+", "").replaceFirst("^L(.*);$", "$1");
                    if (type.length() > 1 && !generated.contains(type) && !Allowed.type(type)) {
                        problems.add("uses class " + type.replace('/', '.'));
                    }
                }
                case ClassFile.FIELDREF, ClassFile.METHODREF, ClassFile.INTERFACE_METHODREF -> {
                    String[] m = cf.member(i);
                    if (!generated.contains(m[0]) && !Allowed.member(m[0], m[1], m[2])) {
                        problems.add((c.tag() == ClassFile.FIELDREF ? "reads field " : "calls ") + m[0].replace('/', '.') + "." + m[1]);
                    }
                }
                case ClassFile.DYNAMIC -> problems.add("uses a dynamically computed constant");
                case ClassFile.INVOKE_DYNAMIC -> {
                    int[] bootstrap = cf.bootstrapMethods.get(c.a());
                    String[] m = cf.member(cf.pool[bootstrap[0]].b());
                    if (!BOOTSTRAPS.contains(m[0] + "." + m[1])) {
                        problems.add("bootstraps a call site with " + m[0].replace('/', '.') + "." + m[1]);
                    }
                }
                default -> {
                }
            }
        }
        for (ClassFile.Method method : cf.methods()) {
            checkCode(method, problems);
        }
    }

    /**
     * Which rule each generated class serves, so a problem is located at its rule: a rules class
     * builds each rule in a method that names the rule (a string constant) and the lambda classes
     * of its constraints and consequence. A lambda shared by several rules gets the first.
     *
     * @param classes   the generated classes by internal name
     * @param ruleNames the names of the rules compiled
     * @return rule name by internal class name, for the classes some rule's method names
     */
    public static Map<String, String> rulesOf(Map<String, byte[]> classes, Set<String> ruleNames) {
        Map<String, String> out = new HashMap<>();
        for (byte[] bytes : classes.values()) {
            ClassFile cf;
            try {
                cf = ClassFile.read(bytes);
            } catch (IOException | RuntimeException e) {
                continue; // verify() reports it
            }
            for (ClassFile.Method method : cf.methods()) {
                String rule = null;
                List<String> named = new ArrayList<>();
                byte[] code = method.code();
                for (int pc = 0; pc < code.length; pc += length(code, pc)) {
                    int op = code[pc] & 0xFF;
                    int index = op == 0x12 ? code[pc + 1] & 0xFF : op == 0x13 || op == 0xB2 || op == 0xB8 || op == 0xBB ? readShort(code, pc + 1) : 0;
                    if (index == 0) {
                        continue;
                    }
                    ClassFile.Constant c = cf.pool[index];
                    if (c.tag() == ClassFile.STRING && rule == null && ruleNames.contains(cf.utf8(c.a()))) {
                        rule = cf.utf8(c.a());
                    } else if (c.tag() == ClassFile.CLASS || c.tag() == ClassFile.FIELDREF || c.tag() == ClassFile.METHODREF) {
                        String owner = c.tag() == ClassFile.CLASS ? cf.className(index) : cf.member(index)[0];
                        if (classes.containsKey(owner)) {
                            named.add(owner);
                        }
                    }
                }
                if (rule != null) {
                    for (String type : named) {
                        out.putIfAbsent(type, rule);
                    }
                }
            }
        }
        return out;
    }

    private static void checkCode(ClassFile.Method method, List<String> problems) {
        byte[] code = method.code();
        int pc = 0;
        int constant = -1;
        while (pc < code.length) {
            int op = code[pc] & 0xFF;
            int length = length(code, pc);
            String where = " in " + method.name() + " at " + pc;
            switch (op) {
                case 0xC2, 0xC3 -> problems.add("locks a monitor (synchronized)" + where);
                case 0xA8, 0xA9, 0xC9 -> problems.add("uses a subroutine instruction" + where);
                case 0xC5 -> problems.add("allocates a multi-dimensional array" + where);
                case 0xBC, 0xBD -> {
                    if (constant < 0 || constant > MAX_ARRAY) {
                        problems.add("allocates an array whose size is not a constant up to " + MAX_ARRAY + where);
                    }
                }
                case 0xAA, 0xAB -> {
                    if (switchJumpsBack(code, pc)) {
                        problems.add("jumps backwards (a loop)" + where);
                    }
                }
                case 0xC8 -> {
                    if (readInt(code, pc + 1) < 0) {
                        problems.add("jumps backwards (a loop)" + where);
                    }
                }
                default -> {
                    if ((op >= 0x99 && op <= 0xA7 || op == 0xC6 || op == 0xC7) && (short) readShort(code, pc + 1) < 0) {
                        problems.add("jumps backwards (a loop)" + where);
                    }
                }
            }
            // The size on top of the stack is bounded when it is a constant, or the length of an
            // array that exists already (the copy an enum's values() makes), kept through the
            // dup-and-store the compiler puts between the two.
            constant = switch (op) {
                case 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08 -> op - 0x03;
                case 0x10 -> code[pc + 1];
                case 0x11 -> (short) readShort(code, pc + 1);
                case 0xBE -> 0;
                case 0x59, 0x36, 0x3B, 0x3C, 0x3D, 0x3E -> constant;
                default -> -1;
            };
            pc += length;
        }
    }

    private static boolean switchJumpsBack(byte[] code, int pc) {
        int at = (pc + 4) & ~3;
        if (readInt(code, at) < 0) {
            return true;
        }
        if ((code[pc] & 0xFF) == 0xAA) {
            int low = readInt(code, at + 4);
            int high = readInt(code, at + 8);
            for (int i = 0; i <= high - low; i++) {
                if (readInt(code, at + 12 + 4 * i) < 0) {
                    return true;
                }
            }
        } else {
            int pairs = readInt(code, at + 4);
            for (int i = 0; i < pairs; i++) {
                if (readInt(code, at + 12 + 8 * i) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The length of the instruction at {@code pc}, operands included. */
    static int length(byte[] code, int pc) {
        int op = code[pc] & 0xFF;
        if (op <= 0x0F || op >= 0x1A && op <= 0x35 || op >= 0x3B && op <= 0x83 || op >= 0x85 && op <= 0x98
                || op >= 0xAC && op <= 0xB1 || op == 0xBE || op == 0xBF || op == 0xC2 || op == 0xC3) {
            return 1;
        }
        return switch (op) {
            case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3A, 0xA9, 0xBC -> 2;
            case 0x11, 0x13, 0x14, 0x84, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xBB, 0xBD, 0xC0, 0xC1, 0xC6, 0xC7 -> 3;
            case 0xC5 -> 4;
            case 0xB9, 0xBA, 0xC8, 0xC9 -> 5;
            case 0xC4 -> (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4;
            case 0xAA -> {
                int at = (pc + 4) & ~3;
                yield at - pc + 12 + 4 * (readInt(code, at + 8) - readInt(code, at + 4) + 1);
            }
            case 0xAB -> {
                int at = (pc + 4) & ~3;
                yield at - pc + 8 + 8 * readInt(code, at + 4);
            }
            default -> {
                if (op >= 0x99 && op <= 0xA8) {
                    yield 3;
                }
                throw new IllegalArgumentException("unknown opcode " + op + " at " + pc);
            }
        };
    }

    private static int readShort(byte[] code, int at) {
        return (code[at] & 0xFF) << 8 | code[at + 1] & 0xFF;
    }

    private static int readInt(byte[] code, int at) {
        return readShort(code, at) << 16 | readShort(code, at + 2);
    }
}
