package org.qdl.runtime.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IrJsonTest {

    private static IrDocument minimal() {
        IrUnit unit = new IrUnit("U1", "unit", "One", null, null, null, null, null, List.of(), null, List.of(),
                List.of(), null);
        IrRule rule = new IrRule("all", null, "all units from group G", IrRule.Counting.CLAIMS,
                new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of("G")),
                List.of("U1"), null, new IrRule.IrBounds(java.math.BigDecimal.ONE, null), null, List.of(), false, null);
        return new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                new IrQualification("q", "Q", null, List.of(), null, null, null), List.of(), List.of(unit),
                List.of(new IrGroup("G", null, List.of("U1"), List.of(), null)), List.of(rule), List.of(), List.of(),
                new IrGrading(List.of(), null));
    }

    @Test
    void writesDeterministicallyAndReadsBack() throws IrException {
        String once = IrJson.write(minimal());
        String twice = IrJson.write(IrJson.read(once, "q.qdl.json"));
        assertThat(twice).isEqualTo(once);
        assertThat(once).startsWith("{\n  \"format\" : \"qdl-ir\",\n  \"formatVersion\" : \"" + IrFormat.VERSION + "\"");
    }

    @Test
    void refusesAnotherMajorVersionNamingBoth() {
        String json = IrJson.write(minimal()).replace("\"" + IrFormat.VERSION + "\"", "\"1.3\"");
        assertThatThrownBy(() -> IrJson.read(json, "out/q.qdl.json"))
                .isInstanceOf(IrException.class)
                .hasMessageContaining("out/q.qdl.json")
                .hasMessageContaining("1.3")
                .hasMessageContaining("2.x");
    }

    @Test
    void readsA20DocumentWithoutATariff() throws IrException {
        String json = IrJson.write(minimal()).replace("\"" + IrFormat.VERSION + "\"", "\"2.0\"");
        assertThat(json).doesNotContain("tariff");
        assertThat(IrJson.read(json, "q").grading().tariff()).isNull();
    }

    @Test
    void acceptsANewerMinorVersion() throws IrException {
        String json = IrJson.write(minimal()).replace("\"" + IrFormat.VERSION + "\"", "\"2.7\"");
        assertThat(IrJson.read(json, "q").qualification().id()).isEqualTo("q");
    }

    @Test
    void notJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> IrJson.read("{\n  \"format\": \"qdl-ir\",\n  oops\n}", "bad.qdl.json"))
                .isInstanceOf(IrException.class)
                .hasMessageStartingWith("bad.qdl.json:3:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void notAnIrDocument() {
        assertThatThrownBy(() -> IrJson.read("[1, 2]", "list.json")).hasMessageContaining("not a QDL IR document");
        assertThatThrownBy(() -> IrJson.read("{\"format\": \"other\"}", "o.json"))
                .hasMessageContaining("not a QDL IR document");
    }

    @Test
    void schemaViolationsNameThePlace() {
        String json = IrJson.write(minimal()).replace("\"counting\" : \"claims\"", "\"counting\" : \"sometimes\"");
        assertThatThrownBy(() -> IrJson.read(json, "q.qdl.json")).hasMessageContaining("$.rules[0].counting");
        IrDocument m = minimal();
        IrRule r = m.rules().get(0);
        IrRule danglingRule = new IrRule(r.id(), r.label(), r.text(), r.counting(), r.scope(), List.of("U9"),
                r.level(), r.units(), r.credits(), r.including(), r.further(), r.source());
        String dangling = IrJson.write(new IrDocument(m.format(), m.formatVersion(), m.qualification(), m.scales(),
                m.units(), m.groups(), List.of(danglingRule), m.equivalents(), m.pathways(), m.grading()));
        assertThatThrownBy(() -> IrJson.read(dangling, "q.qdl.json")).hasMessageContaining("`U9`")
                .hasMessageContaining("$.rules[0].pool");
        String wrongType = IrJson.write(minimal()).replace("\"further\" : false", "\"further\" : \"no\"");
        assertThatThrownBy(() -> IrJson.read(wrongType, "q.qdl.json")).hasMessageContaining("further");
    }

    @Test
    void refusesNumbersTheEngineCannotKeepExactly() {
        String json = IrJson.write(minimal());
        String huge = json.replace("\"min\" : 1", "\"min\" : 12345678901234567890");
        assertThatThrownBy(() -> IrJson.read(huge, "q.qdl.json")).isInstanceOf(IrException.class)
                .hasMessageContaining("$.rules[0].units.min").hasMessageContaining("beyond the engine's range");
        String fine = json.replace("\"min\" : 1", "\"min\" : 1.0001");
        assertThatThrownBy(() -> IrJson.read(fine, "q.qdl.json")).isInstanceOf(IrException.class)
                .hasMessageContaining("$.rules[0].units.min").hasMessageContaining("decimal places");
        String largest = json.replace("\"min\" : 1", "\"min\" : 1000000.000");
        assertThat(huge).isNotEqualTo(json);
        assertThat(largest).isNotEqualTo(json);
        org.assertj.core.api.Assertions.assertThatCode(() -> IrJson.read(largest, "q.qdl.json"))
                .doesNotThrowAnyException();
    }

    @Test
    void schemaIsShipped() {
        assertThat(IrJson.class.getResource(IrFormat.SCHEMA_RESOURCE)).isNotNull();
    }
}
