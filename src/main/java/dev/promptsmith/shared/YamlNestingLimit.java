package dev.promptsmith.shared;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stops a YAML document whose mappings and lists nest deeper than a limit. The engine builds
 * nodes and values recursively and has no such limit of its own, so a file of a few thousand
 * {@code [} characters would otherwise end the reading thread with a stack overflow.
 */
final class YamlNestingLimit implements Parser {

    private final Parser parser;
    private final int limit;
    private int depth;

    YamlNestingLimit(Parser parser, int limit) {
        this.parser = parser;
        this.limit = limit;
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > limit) {
                    throw new ParserException("mappings and lists nest more than " + limit + " levels deep",
                            event.getStartMark());
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> { }
        }
        return event;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }
}
