//! Errors az raises in its argument validators exit 2 (a usage error) with az's text: a resource group that
//! does not exist, looked up for the connection's location, is one of them.

use crate::common::Azconn;
use crate::common::emulator::Emulator;

#[test]
fn a_missing_resource_group_found_in_validation_exits_2() {
    let emu = Emulator::start_http_only(None);
    for verb in ["show", "validate", "generate-configuration"] {
        let run = Azconn::scratch(&format!("validation-rg-{verb}"))
            .emulator(&emu)
            .args(["connection", verb, "-g", "nope", "--connection", "c1"])
            .run();
        assert_eq!(run.code, 2, "{verb}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            "ERROR: (ResourceGroupNotFound) Resource group 'nope' could not be found.\nCode: ResourceGroupNotFound\nMessage: Resource group 'nope' could not be found.\n",
            "{verb}"
        );
    }
}
