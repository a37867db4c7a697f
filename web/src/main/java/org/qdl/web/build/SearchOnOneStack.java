package org.qdl.web.build;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A build-time TeaVM plugin (it is never in the script): the engine's {@code SearchSolver.solve} moves a search over
 * 400 or more unit types to a worker thread with a 1 GiB stack, through {@code new Thread(group, task, name,
 * stackSize)}, which TeaVM's class library does not have. A browser has no such threads, so in the script that
 * search always runs on the page's own stack: the threshold becomes {@code Integer.MAX_VALUE} and the constructor
 * {@code new Thread(task, name)} (never reached, but it must compile). The engine's Java is left as it is for the
 * JVM. If the engine's code changes shape, this plugin fails the build rather than compile a different engine.
 */
public final class SearchOnOneStack implements TeaVMPlugin, ClassHolderTransformer {
    private static final String SOLVER = "org.qdl.runtime.engine.SearchSolver";
    /** SearchSolver.DEEP, which javac inlined into solve. */
    private static final int DEEP = 400;
    private static final MethodReference WITH_STACK_SIZE = new MethodReference("java.lang.Thread", "<init>",
            ValueType.object("java.lang.ThreadGroup"), ValueType.object("java.lang.Runnable"),
            ValueType.object("java.lang.String"), ValueType.LONG, ValueType.VOID);
    private static final MethodReference PLAIN = new MethodReference("java.lang.Thread", "<init>",
            ValueType.object("java.lang.Runnable"), ValueType.object("java.lang.String"), ValueType.VOID);

    @Override
    public void install(TeaVMHost host) {
        host.add(this);
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(SOLVER)) {
            return;
        }
        int thresholds = 0;
        int threads = 0;
        for (MethodHolder method : cls.getMethods()) {
            if (!method.getName().equals("solve") || method.getProgram() == null) {
                continue;
            }
            for (BasicBlock block : method.getProgram().getBasicBlocks()) {
                for (Instruction insn : block) {
                    if (insn instanceof IntegerConstantInstruction c && c.getConstant() == DEEP) {
                        c.setConstant(Integer.MAX_VALUE);
                        thresholds++;
                    } else if (insn instanceof InvokeInstruction call && call.getMethod().equals(WITH_STACK_SIZE)) {
                        var args = call.getArguments();
                        call.setArguments(args.get(1), args.get(2));
                        call.setMethod(PLAIN);
                        threads++;
                    }
                }
            }
        }
        if (thresholds != 1 || threads != 1) {
            throw new IllegalStateException(SOLVER + ".solve has changed shape (found " + thresholds
                    + " thresholds of " + DEEP + " and " + threads + " worker threads, expected one of each): "
                    + "update " + SearchOnOneStack.class.getName() + " for the web engine");
        }
    }
}
