package org.qdl.model;

/** `date operational-start 2014-11-01`; {@code note} when the spec gives words instead of a date. */
public record DateEntry(String kind, String value, boolean note) {
}
