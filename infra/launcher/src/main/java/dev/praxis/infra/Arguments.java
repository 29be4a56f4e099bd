package dev.praxis.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command: {@code --name value}, {@code --name=value} or a bare {@code --flag}.
 * Only the names a command declares are accepted, so a typo fails instead of being ignored.
 */
public final class Arguments {

    private final Map<String, String> values;
    private final Set<String> flags;

    private Arguments(Map<String, String> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
    }

    public static Arguments parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) {
        var values = new HashMap<String, String>();
        var flags = new HashSet<String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new InvalidArguments("Unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flagOptions.contains(name) && inlineValue == null) {
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new InvalidArguments("Option --" + name + " needs a value");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                throw new InvalidArguments("Unknown option --" + name);
            }
        }
        return new Arguments(values, flags);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    public Path requiredPath(String name) {
        return Path.of(value(name).orElseThrow(() -> new InvalidArguments("Option --" + name + " is required")));
    }

    public Optional<Path> path(String name) {
        return value(name).map(Path::of);
    }

    public int port(String name, int defaultPort) {
        String raw = values.get(name);
        if (raw == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                throw new InvalidArguments("Option --" + name + " must be a port between 1 and 65535, was " + raw);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidArguments("Option --" + name + " must be a port number, was '" + raw + "'");
        }
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
