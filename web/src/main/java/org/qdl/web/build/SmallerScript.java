package org.qdl.web.build;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A build-time TeaVM plugin (never in the script): two calls of the engine pull in most of the Java class library
 * that TeaVM would otherwise compile, java.time's formatters and zone tables and the regular-expression engine,
 * for one date check ({@code Judgement}) and one whitespace fold ({@code ScaleInfo.fold}). They are pointed at
 * {@link org.qdl.web.IsoDate} and {@link org.qdl.web.Spaces}, which give the same answers for those uses; the
 * engine's Java is unchanged on the JVM. If the engine stops making those calls, or makes them elsewhere, the
 * build fails rather than compile a different engine.
 */
public final class SmallerScript implements TeaVMPlugin, ClassHolderTransformer {
    private static final MethodReference DATE_PARSE = new MethodReference("java.time.LocalDate", "parse",
            ValueType.object("java.lang.CharSequence"), ValueType.object("java.time.LocalDate"));
    private static final MethodReference ISO_DATE = new MethodReference("org.qdl.web.IsoDate", "parse",
            ValueType.object("java.lang.CharSequence"), ValueType.object("java.time.LocalDate"));
    private static final MethodReference REPLACE_ALL = new MethodReference("java.lang.String", "replaceAll",
            ValueType.object("java.lang.String"), ValueType.object("java.lang.String"),
            ValueType.object("java.lang.String"));
    private static final MethodReference SPACES = new MethodReference("org.qdl.web.Spaces", "replaceAll",
            ValueType.object("java.lang.String"), ValueType.object("java.lang.String"),
            ValueType.object("java.lang.String"), ValueType.object("java.lang.String"));

    @Override
    public void install(TeaVMHost host) {
        host.add(this);
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals("org.qdl.runtime.engine.Judgement")) {
            expect(cls, replace(cls, DATE_PARSE, null), 1);
        } else if (cls.getName().equals("org.qdl.runtime.engine.ScaleInfo")) {
            expect(cls, replace(cls, REPLACE_ALL, "fold"), 1);
        }
    }

    /** Points every call of {@code from} in {@code cls} (in {@code onlyIn}, if given) at its small twin. */
    private static int replace(ClassHolder cls, MethodReference from, String onlyIn) {
        int n = 0;
        for (MethodHolder m : cls.getMethods()) {
            if (m.getProgram() == null) {
                continue;
            }
            boolean foldsSpaces = false;
            for (BasicBlock block : m.getProgram().getBasicBlocks()) {
                for (Instruction insn : block) {
                    if (insn instanceof StringConstantInstruction c && c.getConstant().equals("\\s+")) {
                        foldsSpaces = true;
                    }
                }
            }
            for (BasicBlock block : m.getProgram().getBasicBlocks()) {
                for (Instruction insn : block) {
                    if (!(insn instanceof InvokeInstruction call) || !call.getMethod().equals(from)) {
                        continue;
                    }
                    if (onlyIn != null && (!m.getName().equals(onlyIn) || !foldsSpaces)) {
                        throw new IllegalStateException(cls.getName() + "." + m.getName() + " calls " + from
                                + " other than as SmallerScript knows; update it for the web engine");
                    }
                    if (from == DATE_PARSE) {
                        call.setMethod(ISO_DATE);
                    } else {
                        var args = call.getArguments();
                        call.setArguments(call.getInstance(), args.get(0), args.get(1));
                        call.setInstance(null);
                        call.setType(InvocationType.SPECIAL);
                        call.setMethod(SPACES);
                    }
                    n++;
                }
            }
        }
        return n;
    }

    private static void expect(ClassHolder cls, int found, int expected) {
        if (found != expected) {
            throw new IllegalStateException(cls.getName() + " has changed shape (" + found + " calls replaced, "
                    + expected + " expected): update " + SmallerScript.class.getName() + " for the web engine");
        }
    }
}
