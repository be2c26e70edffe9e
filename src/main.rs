//! The `azconn` binary: hands the command line to the library and turns the outcome into an exit code.

fn main() -> std::process::ExitCode {
    azconn::run_main()
}
