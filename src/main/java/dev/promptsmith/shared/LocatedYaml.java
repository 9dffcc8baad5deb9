package dev.promptsmith.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML document read into plain Java values (maps, lists, strings, numbers, booleans)
 * that still knows the line every mapping, list and mapping key came from, so problems
 * found later can name the line. Only safe types are constructed; duplicate keys are an error.
 *
 * <p>Scalars are read as YAML 1.2 (the core schema), as promptfoo reads them: {@code Yes},
 * {@code on} and {@code off} stay text, {@code 012} is twelve, {@code 0o17} and {@code 0x1F}
 * are octal and hexadecimal, and dates stay text. Merge keys ({@code <<: *defaults}) apply.
 */
public final class LocatedYaml {

    private final Object root;
    private final Map<Object, Node> nodes;
    private final int lineOffset;

    private LocatedYaml(Object root, Map<Object, Node> nodes, int lineOffset) {
        this.root = root;
        this.nodes = nodes;
        this.lineOffset = lineOffset;
    }

    /** The largest YAML text read: 64 MB of characters. */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    /** The deepest nesting of mappings and lists read; deeper documents would exhaust the stack. */
    public static final int MAX_NESTING = 50;

    /**
     * Reads one YAML document.
     *
     * @param file       the file name used in problems
     * @param text       the YAML text
     * @param lineOffset lines of the file that come before {@code text} (e.g. a front matter fence)
     */
    public static LocatedYaml read(String file, String text, int lineOffset) throws InvalidFileException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new PlainCoreSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                // a suite of 20,000 cases is some 5 MB; the engine's default stops at 3 MB
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        YamlLineRecorder recorder = new YamlLineRecorder(settings);
        try {
            Parser parser = new YamlNestingLimit(
                    new ParserImpl(settings, new StreamReader(settings, text)), MAX_NESTING);
            Object root = recorder.constructSingleDocument(new YamlComposer(settings, parser).getSingleNode());
            return new LocatedYaml(root, recorder.nodes, lineOffset);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark)
                    .map(mark -> lineOffset + mark.getLine() + 1)
                    .orElse(lineOffset + 1);
            throw new InvalidFileException(file, line, "YAML syntax: " + describe(e));
        } catch (YamlEngineException e) {
            throw new InvalidFileException(file, lineOffset + 1, "YAML: " + e.getMessage());
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
        String context = e.getContext();
        return context == null || context.isBlank() ? problem : context + ", " + problem;
    }

    public Object root() {
        return root;
    }

    /** The line a mapping or list started on, or the document's first line for anything else. */
    public int lineOf(Object container) {
        return line(nodes.get(container));
    }

    /** The line of {@code key} in {@code map}, or the map's own line when the key is absent. */
    public int lineOf(Map<?, ?> map, String key) {
        if (nodes.get(map) instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return line(scalar);
                }
            }
        }
        return lineOf(map);
    }

    /** The line of item {@code index} of {@code list}, or the list's own line. */
    public int lineOf(List<?> list, int index) {
        if (nodes.get(list) instanceof SequenceNode sequence && index >= 0 && index < sequence.getValue().size()) {
            return line(sequence.getValue().get(index));
        }
        return lineOf(list);
    }

    private int line(Node node) {
        return lineOffset + 1 + (node == null ? 0 : node.getStartMark().map(Mark::getLine).orElse(0));
    }

    /** The YAML 1.2 core schema without the engine's Java extras ({@code !!java.util.UUID}, {@code Optional}). */
    private static final class PlainCoreSchema extends CoreSchema {

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            Map<Tag, ConstructNode> constructors = super.getSchemaTagConstructors();
            constructors.remove(new Tag(UUID.class));
            constructors.remove(new Tag(Optional.class));
            return constructors;
        }
    }
}
