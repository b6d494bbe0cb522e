import VagttjekCLI

#if canImport(Glibc)
import Glibc
#endif

var cli = CLI()
cli.stdoutIsTerminal = isatty(1) == 1
if let noColor = getenv("NO_COLOR") { cli.environment["NO_COLOR"] = String(cString: noColor) }
let code = cli.run(Array(CommandLine.arguments.dropFirst()))
fputs(cli.stdout, stdout)
fputs(cli.stderr, stderr)
exit(code.rawValue)
