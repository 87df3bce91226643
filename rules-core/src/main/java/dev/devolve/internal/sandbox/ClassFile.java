package dev.devolve.internal.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a Java class file the bytecode check needs: the constant pool (every class, field,
 * method, method handle and call site a class can touch is named there) and the instructions of
 * each method. Reads class files up to Java 17; anything it does not understand is an error, never
 * skipped.
 */
final class ClassFile {

    static final int CLASS = 7;
    static final int STRING = 8;
    static final int FIELDREF = 9;
    static final int METHODREF = 10;
    static final int INTERFACE_METHODREF = 11;
    static final int METHOD_HANDLE = 15;
    static final int INVOKE_DYNAMIC = 18;
    static final int DYNAMIC = 17;

    /** One constant pool entry; only the fields of its tag are set. */
    record Constant(int tag, String utf8, int a, int b) {
    }

    /** A method with its bytecode, empty when abstract. */
    record Method(String name, String descriptor, byte[] code) {
    }

    final String name;
    final Constant[] pool;
    final List<Method> methods = new ArrayList<>();
    final List<int[]> bootstrapMethods = new ArrayList<>();

    private ClassFile(String name, Constant[] pool) {
        this.name = name;
        this.pool = pool;
    }

    static ClassFile read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        int major = in.readUnsignedShort();
        if (major > 61) {
            throw new IOException("class file version " + major + " is newer than Java 17");
        }
        int count = in.readUnsignedShort();
        Constant[] pool = new Constant[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = new Constant(tag, in.readUTF(), 0, 0);
                case 3, 4 -> pool[i] = new Constant(tag, null, in.readInt(), 0);
                case 5, 6 -> {
                    pool[i] = new Constant(tag, null, 0, 0);
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> pool[i] = new Constant(tag, null, in.readUnsignedShort(), 0);
                case 9, 10, 11, 12, 17, 18 -> pool[i] = new Constant(tag, null, in.readUnsignedShort(), in.readUnsignedShort());
                case 15 -> pool[i] = new Constant(tag, null, in.readUnsignedByte(), in.readUnsignedShort());
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort();
        int thisClass = in.readUnsignedShort();
        ClassFile cf = new ClassFile(null, pool);
        String name = cf.className(thisClass);
        ClassFile out = new ClassFile(name, pool);
        in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort();
            String mName = out.utf8(in.readUnsignedShort());
            String descriptor = out.utf8(in.readUnsignedShort());
            byte[] code = new byte[0];
            int attributes = in.readUnsignedShort();
            for (int k = 0; k < attributes; k++) {
                String attribute = out.utf8(in.readUnsignedShort());
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    code = new byte[in.readInt()];
                    in.readFully(code);
                    in.skipNBytes(length - 8L - code.length);
                } else {
                    in.skipNBytes(length);
                }
            }
            out.methods.add(new Method(mName, descriptor, code));
        }
        int attributes = in.readUnsignedShort();
        for (int k = 0; k < attributes; k++) {
            String attribute = out.utf8(in.readUnsignedShort());
            int length = in.readInt();
            if (attribute.equals("BootstrapMethods")) {
                int n = in.readUnsignedShort();
                for (int b = 0; b < n; b++) {
                    int handle = in.readUnsignedShort();
                    int args = in.readUnsignedShort();
                    int[] entry = new int[1 + args];
                    entry[0] = handle;
                    for (int a = 0; a < args; a++) {
                        entry[1 + a] = in.readUnsignedShort();
                    }
                    out.bootstrapMethods.add(entry);
                }
            } else {
                in.skipNBytes(length);
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int k = 0; k < attributes; k++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }

    List<Method> methods() {
        return methods;
    }

    String utf8(int index) {
        return pool[index].utf8();
    }

    String className(int classIndex) {
        return utf8(pool[classIndex].a());
    }

    /** A field or method reference as {@code owner.name:descriptor}, split in three. */
    String[] member(int refIndex) {
        Constant ref = pool[refIndex];
        Constant nameAndType = pool[ref.b()];
        return new String[] {className(ref.a()), utf8(nameAndType.a()), utf8(nameAndType.b())};
    }
}
