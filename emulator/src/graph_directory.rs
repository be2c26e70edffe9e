//! Microsoft Graph directory reads beyond az's own: users by UPN or object id (`/v1.0/users/{id}`), groups with
//! their members (`/v1.0/groups/{id}`, `/v1.0/groups?$filter=displayName eq '…'`), and service principals by
//! display name (`/v1.0/servicePrincipals?$filter=displayName eq '…'`). Groups come from the seed's `groups`.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::app::App;
use crate::http::{Req, Resp};

const CONTEXT: &str = "https://graph.microsoft.com/v1.0/$metadata";

/// A security group of the seed: its members are users (UPN or object id) or service principals (app id or
/// object id).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Group {
    pub object_id: String,
    pub display_name: String,
    #[serde(default)]
    pub members: Vec<String>,
}

/// Answers the directory routes; `None` for any other path (the caller's routes and errors apply).
pub fn route(app: &App, req: &Req, segs: &[&str]) -> Option<Resp> {
    let lower: Vec<String> = segs.iter().map(|s| s.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let filter = req.query("$filter").unwrap_or("");
    let display = filter
        .strip_prefix("displayName eq '")
        .and_then(|s| s.strip_suffix('\''))
        .map(|s| s.replace("''", "'"));
    match lower.as_slice() {
        ["users", _] => Some(match user(app, segs[1]) {
            Some(u) => Resp::json(200, &u),
            None => not_found(segs[1]),
        }),
        ["groups"] => {
            let Some(name) = display else {
                return Some(bad_filter());
            };
            let items: Vec<Value> = app
                .seed
                .groups
                .iter()
                .filter(|g| g.display_name.eq_ignore_ascii_case(&name))
                .map(group_json)
                .collect();
            Some(list("groups", items))
        }
        ["groups", _] => Some(
            match app
                .seed
                .groups
                .iter()
                .find(|g| g.object_id.eq_ignore_ascii_case(segs[1]))
            {
                Some(g) => Resp::json(200, &group_json(g)),
                None => not_found(segs[1]),
            },
        ),
        ["groups", _, "members"] => Some(
            match app
                .seed
                .groups
                .iter()
                .find(|g| g.object_id.eq_ignore_ascii_case(segs[1]))
            {
                Some(g) => {
                    let items: Vec<Value> = g
                        .members
                        .iter()
                        .filter_map(|m| {
                            user(app, m).or_else(|| crate::graph::service_principal(app, m))
                        })
                        .collect();
                    list("directoryObjects", items)
                }
                None => not_found(segs[1]),
            },
        ),
        ["serviceprincipals"] if display.is_some() => {
            let name = display.unwrap_or_default();
            let mut items: Vec<Value> = Vec::new();
            let ids = app
                .seed
                .service_principals
                .iter()
                .filter(|p| p.display_name.eq_ignore_ascii_case(&name))
                .map(|p| p.object_id.clone())
                .chain(
                    app.seed
                        .managed_identities
                        .iter()
                        .filter(|m| m.display_name.eq_ignore_ascii_case(&name))
                        .map(|m| m.principal_id.clone()),
                );
            for id in ids {
                items.extend(crate::graph::service_principal(app, &id));
            }
            Some(list("servicePrincipals", items))
        }
        _ => None,
    }
}

fn user(app: &App, id: &str) -> Option<Value> {
    let u = app
        .seed
        .users
        .iter()
        .find(|u| u.upn.eq_ignore_ascii_case(id) || u.object_id.eq_ignore_ascii_case(id))?;
    let (given, surname) = u
        .display_name
        .split_once(' ')
        .map_or((None, None), |(g, s)| (Some(g), Some(s)));
    Some(json!({
        "@odata.context": format!("{CONTEXT}#users/$entity"),
        "businessPhones": [], "displayName": u.display_name, "givenName": given, "jobTitle": null,
        "mail": u.mail.clone().or_else(|| (!u.upn.contains("#EXT#")).then(|| u.upn.clone())),
        "mobilePhone": null, "officeLocation": null, "preferredLanguage": null, "surname": surname,
        "userPrincipalName": u.upn, "id": u.object_id
    }))
}

fn group_json(g: &Group) -> Value {
    json!({
        "id": g.object_id, "displayName": g.display_name, "description": null, "mail": null,
        "mailEnabled": false, "mailNickname": g.display_name.replace(' ', ""), "securityEnabled": true,
        "groupTypes": [], "visibility": null
    })
}

fn list(collection: &str, items: Vec<Value>) -> Resp {
    Resp::json(
        200,
        &json!({"@odata.context": format!("{CONTEXT}#{collection}"), "value": items}),
    )
}

fn not_found(id: &str) -> Resp {
    Resp::json(
        404,
        &json!({"error": {"code": "Request_ResourceNotFound", "message": format!(
            "Resource '{id}' does not exist or one of its queried reference-property objects are not present."
        ), "innerError": {"date": crate::ids::now_iso(), "request-id": crate::ids::guid(), "client-request-id": crate::ids::guid()}}}),
    )
}

fn bad_filter() -> Resp {
    Resp::json(
        400,
        &json!({"error": {"code": "Request_UnsupportedQuery", "message": "Unsupported Query.",
            "innerError": {"date": crate::ids::now_iso(), "request-id": crate::ids::guid(), "client-request-id": crate::ids::guid()}}}),
    )
}
