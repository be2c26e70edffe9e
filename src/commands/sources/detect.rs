//! The web app's client type when `--client-type` is absent, as az's validator detects it from the app's
//! runtime stack (docs/az-behaviour.md, "Compute sources"): the first `|`-separated token of `linuxFxVersion`
//! (else `windowsFxVersion`), lower-cased — `python`, `dotnet`/`dotnetcore`, `php`, `java`, `node`/`nodejs`,
//! `ruby`; failing that the first set one of `javaVersion`, `netFrameworkVersion`, `pythonVersion`,
//! `nodeVersion`, `phpVersion`; else `none`.

use serde_json::Value;

/// The client type az would detect from a site's `config/web` body.
pub fn client_type(config_web: &Value) -> &'static str {
    const BY_VERSION: [(&str, &str); 5] = [
        ("javaVersion", "java"),
        ("netFrameworkVersion", "dotnet"),
        ("pythonVersion", "python"),
        ("nodeVersion", "nodejs"),
        ("phpVersion", "php"),
    ];
    let props = &config_web["properties"];
    let text = |k: &str| props[k].as_str().map(str::trim).filter(|s| !s.is_empty());
    if let Some(fx) = text("linuxFxVersion").or_else(|| text("windowsFxVersion")) {
        let runtime = fx.split('|').next().unwrap_or("").to_ascii_lowercase();
        let known = match runtime.as_str() {
            "python" => Some("python"),
            "dotnet" | "dotnetcore" => Some("dotnet"),
            "php" => Some("php"),
            "java" => Some("java"),
            "node" | "nodejs" => Some("nodejs"),
            "ruby" => Some("ruby"),
            _ => None,
        };
        if let Some(k) = known {
            return k;
        }
    }
    BY_VERSION
        .iter()
        .find(|(k, _)| text(k).is_some())
        .map_or("none", |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn detect(props: Value) -> &'static str {
        client_type(&json!({ "properties": props }))
    }

    #[test]
    fn linux_stack_first_then_versions() {
        assert_eq!(
            detect(json!({"linuxFxVersion": "PYTHON|3.12", "netFrameworkVersion": "v4.0"})),
            "python"
        );
        assert_eq!(detect(json!({"linuxFxVersion": "NODE|20-lts"})), "nodejs");
        assert_eq!(
            detect(json!({"linuxFxVersion": "DOTNETCORE|8.0"})),
            "dotnet"
        );
        assert_eq!(detect(json!({"linuxFxVersion": "JAVA|17-java17"})), "java");
        assert_eq!(
            detect(
                json!({"linuxFxVersion": "", "windowsFxVersion": null, "netFrameworkVersion": "v8.0", "phpVersion": ""})
            ),
            "dotnet"
        );
        assert_eq!(
            detect(
                json!({"linuxFxVersion": "", "javaVersion": "17", "netFrameworkVersion": "v4.0"})
            ),
            "java"
        );
        assert_eq!(detect(json!({"linuxFxVersion": "DOCKER|nginx"})), "none");
        assert_eq!(detect(json!({})), "none");
    }
}
