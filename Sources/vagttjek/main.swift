import VagttjekCLI

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

var cli = CLI()
cli.stdoutIsTerminal = isatty(1) == 1
cli.stdoutFile = stdout
if isatty(2) == 1 {
    // Progress of a long run, on the terminal only: a line rewritten in place, then cleared.
    cli.progress = { text in fputs(text, stderr); fflush(stderr) }
}
// TERM: no colour on a dumb terminal (it shows escape codes as text).
for name in ["NO_COLOR", "VAGTTJEK_TIMING", "TERM"] {
    if let value = getenv(name) { cli.environment[name] = String(cString: value) }
}
let code = cli.run(Array(CommandLine.arguments.dropFirst()))
fputs(cli.stdout, stdout)
// Every write error, stdout included, is a message and a non-zero exit (74, EX_IOERR).
if code != .outputFailed && (fflush(stdout) != 0 || ferror(stdout) != 0) {
    fputs(cli.stderr, stderr)
    fputs("vagttjek: kan ikke skrive til standard output (disken fuld eller røret lukket)\n", stderr)
    exit(74)
}
fputs(cli.stderr, stderr)
exit(code.rawValue)
