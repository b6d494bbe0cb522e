import VagttjekCLI

#if canImport(Glibc)
import Glibc
#endif

var cli = CLI()
cli.stdoutIsTerminal = isatty(1) == 1
cli.stdoutFile = stdout
for name in ["NO_COLOR", "VAGTTJEK_TIMING"] {
    if let value = getenv(name) { cli.environment[name] = String(cString: value) }
}
let code = cli.run(Array(CommandLine.arguments.dropFirst()))
fputs(cli.stdout, stdout)
fputs(cli.stderr, stderr)
exit(code.rawValue)
