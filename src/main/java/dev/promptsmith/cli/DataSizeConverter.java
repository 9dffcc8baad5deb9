package dev.promptsmith.cli;

import org.springframework.util.unit.DataSize;
import picocli.CommandLine;

/** A size on the command line: {@code 4MB}, {@code 512KB}, or plain bytes. */
final class DataSizeConverter implements CommandLine.ITypeConverter<DataSize> {

    @Override
    public DataSize convert(String value) {
        DataSize size;
        try {
            size = DataSize.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size; write e.g. 4MB, 512KB or 1000");
        }
        if (size.toBytes() < 1) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too small; give at least 1 byte");
        }
        return size;
    }
}
