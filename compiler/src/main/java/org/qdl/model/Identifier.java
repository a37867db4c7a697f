package org.qdl.model;

import java.util.Optional;

/** `number 601/4768/4 "Ofqual qualification number"`: a code by which the qualification or unit is known. */
public record Identifier(String value, Optional<String> caption, boolean regulator) {
}
