# Runs one promptfoo-style Python script: reads {source, file, folder, function, output, context} (or,
# instead of output and context, arguments and the names inline code gives them: parameters) as JSON on stdin, writes the result as JSON on stdout. What the script prints goes to stderr, so it
# cannot be taken for the result.
import json
import math
import re
import sys

# what the process may use, where the system lets a process limit itself (not on Windows)
MAX_MEMORY_BYTES = 1024 * 1024 * 1024
MAX_CPU_SECONDS = 10


def limit():
    try:
        import resource
    except ImportError:
        return
    for kind, value in ((resource.RLIMIT_AS, MAX_MEMORY_BYTES), (resource.RLIMIT_CPU, MAX_CPU_SECONDS)):
        try:
            soft, hard = resource.getrlimit(kind)
            bounded = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(kind, (bounded, hard))
        except (ValueError, OSError):
            pass


def main():
    limit()
    request = json.load(sys.stdin)
    result_out = sys.stdout
    sys.stdout = sys.stderr
    if request.get("arguments") is not None:
        arguments, parameters = request["arguments"], request["parameters"]
    else:
        arguments, parameters = [request["output"], request["context"]], ["output", "context"]
    source = request["source"]
    if request["file"]:
        sys.path.insert(0, request["folder"])
        namespace = {"__name__": "promptsmith_script", "__file__": request["file"]}
        exec(compile(source, request["file"], "exec"), namespace)
        function = namespace.get(request["function"])
        if not callable(function):
            raise NameError(request["file"] + " has no function '" + request["function"] + "'")
        result = function(*arguments)
    else:
        code = source.strip()
        namespace = {"json": json, "math": math, "re": re}
        expression = None
        if "\n" not in code:
            try:
                expression = compile(code, "inline", "eval")
            except SyntaxError:
                pass  # one line that is a statement: a function body, as several lines are
        if expression is not None:
            namespace.update(zip(parameters, arguments))
            result = eval(expression, namespace)
        else:
            lines = "\n".join("    " + line for line in code.split("\n"))
            exec(compile("def _script(" + ", ".join(parameters) + "):\n" + lines + "\n", "inline", "exec"), namespace)
            result = namespace["_script"](*arguments)
    result_out.write(json.dumps(result))
    result_out.flush()


if __name__ == "__main__":
    try:
        main()
    except Exception as error:
        sys.stderr.write("\n" + type(error).__name__ + ": " + str(error) + "\n")
        sys.exit(3)
