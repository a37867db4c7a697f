/**
 * The one place that words an evaluation's facts: shortfalls, problems with a candidate's input, why a unit does
 * not count, what a unit counted for. The engine reports ids, numbers, units and enums; these classes turn them
 * into the sentences a centre reads, alike in the terminal, in JSON and CSV, in the handbook and in a browser.
 * They depend on the JDK and {@code org.qdl.runtime} alone (an ArchUnit test keeps it so), so that the same
 * words can be compiled to JavaScript with the engine.
 */
package org.qdl.runtime.words;
