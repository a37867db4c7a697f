package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.List;
import org.qdl.runtime.result.Shortfall;

/**
 * Reads what is missing off the nearest combination (the one that needs the fewest further units): for each
 * requirement, how many more units or credits it needs from what the candidate has, and which units could fill it.
 */
final class Shortfalls {
    private Shortfalls() {
    }

    /**
     * What is missing from the nearest combination, a solution over every unit (positions are unit indices) for the
     * units held; {@code notHeld} are the others, in increasing order (or only those of them the combination assigns
     * to a rule: the others count for no rule's tally); {@code own} is the nearest combination with the
     * candidate's own units claimed first (what {@link #ownUnitsClaimed} made of it: its own assignment when nothing
     * moved). {@code closed} marks the units closed to the learner (null for none): never offered.
     */
    static List<Shortfall> describe(CompiledQualification q, Held held, int[] notHeld, Requirement[] reqs,
            Solution nearest, int[] own, boolean[] closed, Scratch scratch) {
        boolean[] usable = held.usable();
        // the units no shortfall offers: those held, and those closed to the learner
        boolean[] taken = closedAsHeld(usable, closed);
        // the same as bits, when the qualification has at most 64 units and none is closed (else -1: not known; 64 units
        // all held read as not known too, which only costs the walks the bits save)
        long takenBits = closed == null && usable.length <= Long.SIZE ? bits(held.available()) : -1;
        long[] credit = held.credit();
        Tallies t = new Tallies(usable, held.available(), notHeld, reqs, own, credit, scratch);
        // matching fills every rule with exactly the units it needs, so has no spare missing units to move, unless
        // own units were claimed above
        int[] assignment = nearest.slotsExactlyFilled && own == nearest.assignment ? own : t.withoutSpareAssignments();
        Found out = new Found(scratch);
        for (int r = 0; r < reqs.length; r++) {
            Requirement req = reqs[r];
            if (req.hasDemand()) {
                int unitShort = Math.max(0, req.minUnits - t.ownUnits[r + Tallies.AT]);
                long creditShort = Math.max(0, req.minCredits - t.ownCredits[r + Tallies.AT]);
                if (unitShort > 0 || creditShort > 0) {
                    out.add(shortfall(q, taken, takenBits, req, unitShort, creditShort, scratch));
                }
                for (int i = 0; i < req.inclusions.length; i++) {
                    if (t.included(r, i, true) < req.inclusions[i].min()) {
                        out.add(inclusionShortfall(q, taken, req, req.inclusions[i], scratch));
                    }
                }
            }
            if (!req.assigned && req.inclusions.length > 0) {
                long have = 0;
                for (int u : req.pool) {
                    if (usable[u] && assignment[u] != Solution.UNUSED) {
                        have += req.weight(u, credit[u]);
                    }
                }
                if (have < req.lo) {
                    out.add(inclusionShortfall(q, taken, req, req.inclusions[0], scratch));
                }
                continue;
            }
            if (req.hasSum() && req.lo > 0 && req.weights == null) {
                // the candidate's counted units, and missing units a rule needs (already reported for that rule); for a
                // rule on graded units only the candidate's own: a unit still to be added must also be graded so, and
                // the learner is told the grade it needs ("15 more credits graded Distinction: choose from …")
                long have = 0;
                if (req.graded == null && req.pool.length == assignment.length && req.amounts == null) {
                    have = req.measuresCredits ? t.countedCredits : t.countedUnits;
                } else {
                    boolean ownOnly = req.graded != null;
                    for (int u : req.pool) {
                        int a = assignment[u];
                        boolean counts = ownOnly ? usable[u] & (a >= 0 | a == Solution.FREE)
                                : a >= 0 | usable[u] & a == Solution.FREE;
                        have += counts ? req.weight(u, credit[u]) : 0;
                    }
                }
                long missing = req.lo - have;
                if (missing > 0) {
                    out.add(shortfall(q, taken, takenBits, req, req.weighs() ? 0 : (int) missing,
                            req.weighs() ? missing : 0, scratch));
                }
            }
        }
        return out.list();
    }

    /**
     * The units a shortfall may not offer, as the options read them: those held, and those closed to the learner (the
     * held units themselves when none is closed).
     */
    private static boolean[] closedAsHeld(boolean[] usable, boolean[] closed) {
        if (closed == null) {
            return usable;
        }
        boolean[] out = usable.clone();
        for (int u = 0; u < out.length; u++) {
            out[u] |= closed[u];
        }
        return out;
    }

    /** Shortfalls as they are found, gathered for one immutable list (which the result keeps without copying). */
    private static final class Found {
        private final Scratch scratch;
        private Object[] items;
        private int count;

        Found(Scratch scratch) {
            this.scratch = scratch;
            this.items = scratch.items(Scratch.SHORTFALLS, 4);
        }

        void add(Shortfall s) {
            if (count == items.length) {
                items = scratch.grown(Scratch.SHORTFALLS, 2 * count);
            }
            items[count++] = s;
        }

        List<Shortfall> list() {
            return GatheredList.of(items, count);
        }
    }

    /**
     * The nearest combination as the shortfalls read it, with the candidate's own units claimed before missing ones
     * ({@link #ownUnitsFirst}): what counts so far must name, for each own unit, the rule the shortfalls count it for,
     * or a rule would be named short beside an own unit said to count for it. The same solution when nothing moves.
     */
    static Solution ownUnitsClaimed(Held held, int[] notHeld, Requirement[] reqs, Solution nearest) {
        int[] own = ownUnitsFirst(held.available(), notHeld, reqs, nearest.assignment);
        return own == nearest.assignment ? nearest : new Solution(own, nearest.value, nearest.slotsExactlyFilled,
                nearest.virtualUsed, nearest.virtualClaimed);
    }

    /**
     * The nearest combination with the candidate's own units claimed before missing ones: an own unit that counts
     * freely (for totals only) is claimed by a rule of its pool that claims a missing unit. It counts either way, so
     * every total and maximum is as it was, and the rule only gains; the missing units it no longer needs are then
     * freed ({@code withoutSpareAssignments}). Otherwise the rule would be named short although the candidate's own
     * unit could fill it (a tie between the two is the solver's choice, not the candidate's).
     */
    private static int[] ownUnitsFirst(int[] available, int[] missing, Requirement[] reqs, int[] assignment) {
        int[] a = assignment;
        // the rules that claim a missing unit: as bits when there are few rules (no branch per unit: which units
        // are missing, and which rules claim them, is anyone's guess)
        boolean fewRules = reqs.length <= Long.SIZE;
        long claims = 0;
        boolean[] claimsMissing = null;
        for (int v : missing) {
            int r = a[v];
            boolean claimed = r >= 0;
            if (fewRules) {
                claims |= claimed ? 1L << r : 0L;
            } else if (claimed) {
                if (claimsMissing == null) {
                    claimsMissing = new boolean[reqs.length];
                }
                claimsMissing[r] = true;
            }
        }
        if (claims == 0 && claimsMissing == null) {
            return a;
        }
        for (int w : available) {
            if (a[w] != Solution.FREE) {
                continue;
            }
            for (int r = 0; r < reqs.length; r++) {
                boolean claimsOne = fewRules ? (claims >>> r & 1) != 0 : claimsMissing[r];
                if (claimsOne && reqs[r].member[w]) {
                    if (a == assignment) {
                        a = assignment.clone();
                    }
                    a[w] = r;
                    break;
                }
            }
        }
        return a;
    }

    /**
     * What the units assigned to each rule bring, all of them and the candidate's own: how many and their credits,
     * in one pass over the units.
     */
    private static final class Tallies {
        private final boolean[] usable;
        private final Requirement[] reqs;
        private final long[] credit;
        /** The units not held, in increasing order (or those of them assigned to a rule). */
        private final int[] missing;
        private int[] assignment;
        /**
         * Per rule r at r + {@link #AT} (free units at 1, unused at 0, so that they need no branch): the units
         * assigned to it and their credits, all and the candidate's own.
         */
        final int[] allUnits;
        final long[] allCredits;
        final int[] ownUnits;
        final long[] ownCredits;
        static final int AT = 2;
        /** Over every unit: the candidate's counted units and the missing units rules need, and their credits. */
        long countedUnits;
        long countedCredits;

        Tallies(boolean[] usable, int[] held, int[] missing, Requirement[] reqs, int[] assignment, long[] credit,
                Scratch scratch) {
            this.usable = usable;
            this.missing = missing;
            this.reqs = reqs;
            this.assignment = assignment;
            this.credit = credit;
            // tallied at 2 + the assignment, so that free and unused units need no branch (which units are
            // counted for which rule is anyone's guess); in the thread's memory, zeroed
            int[] all = scratch.counts(0, reqs.length + AT);
            long[] allCr = scratch.sums(0, reqs.length + AT);
            int[] own = scratch.counts(1, reqs.length + AT);
            long[] ownCr = scratch.sums(1, reqs.length + AT);
            for (int u : held) {
                int at = assignment[u] + AT;
                all[at]++;
                // what the unit brings to its rule's minimum: its credit, or its hours for a rule on hours
                long amount = at >= AT ? reqs[at - AT].slotAmount(u, credit[u]) : credit[u];
                allCr[at] += amount;
                own[at]++;
                ownCr[at] += amount;
                // counted: assigned to a rule, or free
                int counted = at >= 1 ? 1 : 0;
                countedUnits += counted;
                countedCredits += counted * credit[u];
            }
            // a missing unit counts only when a rule claims it (free or unused, it is not in any tally read)
            for (int u : missing) {
                int r = assignment[u];
                if (r >= 0) {
                    all[r + AT]++;
                    allCr[r + AT] += reqs[r].slotAmount(u, credit[u]);
                    countedUnits++;
                    countedCredits += credit[u];
                }
            }
            allUnits = all;
            allCredits = allCr;
            ownUnits = own;
            ownCredits = ownCr;
        }

        /** How many units assigned to rule r are in its i-th inclusion (only the candidate's own, or all). */
        int included(int r, int i, boolean onlyOwn) {
            int count = 0;
            for (int u : reqs[r].pool) {
                if (assignment[u] == r && (!onlyOwn || usable[u]) && reqs[r].inclusions[i].member()[u]) {
                    count++;
                }
            }
            return count;
        }

        /**
         * The nearest combination with every missing unit that a rule would be met without counted freely instead:
         * a solver may assign a missing unit to a rule the candidate's own units already meet, and that unit is
         * then missing for a total, not for the rule.
         */
        int[] withoutSpareAssignments() {
            int[] original = assignment;
            for (int u : missing) {
                int r = assignment[u];
                if (r < 0 || !stillMetWithout(r, u)) {
                    continue;
                }
                if (assignment == original) {
                    assignment = original.clone();
                }
                assignment[u] = Solution.FREE;
                allUnits[r + AT]--;
                allCredits[r + AT] -= reqs[r].slotAmount(u, credit[u]);
                countedUnits--;
                countedCredits -= credit[u];
            }
            return assignment;
        }

        private boolean stillMetWithout(int r, int u) {
            Requirement req = reqs[r];
            if (allUnits[r + AT] - 1 < req.minUnits || allCredits[r + AT] - req.slotAmount(u, credit[u]) < req.minCredits) {
                return false;
            }
            for (int i = 0; i < req.inclusions.length; i++) {
                int without = included(r, i, false) - (req.inclusions[i].member()[u] ? 1 : 0);
                if (without < req.inclusions[i].min()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Shortfall inclusionShortfall(CompiledQualification q, boolean[] usable, Requirement req,
            Requirement.Inclusion inclusion, Scratch scratch) {
        return new Shortfall(req.id, Shortfall.Kind.INCLUDE, 0, BigDecimal.ZERO, options(q, usable, inclusion.member(),
                null, scratch));
    }

    /**
     * Rule req short by so many units or credits, with the units of its pool not {@code usable} to choose from
     * ({@code usableBits}: the same as bits, or -1 when not known).
     */
    private static Shortfall shortfall(CompiledQualification q, boolean[] usable, long usableBits, Requirement req,
            int units, long credits, Scratch scratch) {
        if (units == 1 && credits == 0 && req.oneMore != null
                && (usableBits != -1 ? (req.poolBits & usableBits) == 0 : noneAchieved(usable, req))) {
            // the commonest shortfall, "1 more unit from group C: choose from <all of C>", is made once per rule
            return req.oneMore;
        }
        List<String> options = usableBits != -1 ? options(q, req, usableBits)
                : options(q, usable, req.member, req.pool, scratch);
        if (req.hoursOf != null) {
            return new Shortfall(req.id, Shortfall.Kind.MORE, units, BigDecimal.ZERO, options, q.credits(credits),
                    req.hoursOf);
        }
        return new Shortfall(req.id, Shortfall.Kind.MORE, units, q.credits(credits), options);
    }

    /** Units as the bits of a word (unit u at bit u). */
    private static long bits(int[] units) {
        long out = 0;
        for (int u : units) {
            out |= 1L << u;
        }
        return out;
    }

    /**
     * The units of req's pool not among {@code usableBits}, in the spec's order (the pool's units, by index), as an
     * immutable list that reads the qualification's references where they are: one small object, however many (a
     * qualification of at most 64 units, as {@code usableBits} is only known for one).
     */
    private static List<String> options(CompiledQualification q, Requirement req, long usableBits) {
        return q.refs.only(req.poolBits & ~usableBits);
    }

    /** One more unit for a rule when the candidate has none of its units: the same for every candidate. */
    static Shortfall oneMoreFromWholePool(CompiledQualification q, Requirement req) {
        String[] refs = new String[req.pool.length];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = q.units[req.pool[i]].ref;
        }
        return new Shortfall(req.id, Shortfall.Kind.MORE, 1, q.credits(0), List.of(refs));
    }

    private static boolean noneAchieved(boolean[] usable, Requirement req) {
        // (a broad pool, such as a further unit's from several groups, mostly holds one of the learner's units early)
        for (int u : req.pool) {
            if (usable[u]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Units of the set the candidate has not achieved (so could still add), in the spec's order, as an immutable
     * list (so the result keeps it as it is). {@code pool} lists the set's units when known. Gathered in the thread's
     * memory (the list copies them).
     */
    private static List<String> options(CompiledQualification q, boolean[] usable, boolean[] member, int[] pool,
            Scratch scratch) {
        Object[] out = scratch.items(Scratch.OPTIONS, pool == null ? member.length : pool.length);
        int count = 0;
        if (pool != null) {
            for (int u : pool) {
                out[count] = q.units[u].ref;
                count += usable[u] ? 0 : 1;
            }
        } else {
            for (int u = 0; u < member.length; u++) {
                if (member[u] && !usable[u]) {
                    out[count++] = q.units[u].ref;
                }
            }
        }
        return GatheredList.of(out, count);
    }
}
