# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_azconn_global_optspecs
    string join \n o/output= query= subscription= auth-source= debug verbose only-show-errors h/help V/version
end

function __fish_azconn_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_azconn_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_azconn_using_subcommand
    set -l cmd (__fish_azconn_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c azconn -n "__fish_azconn_needs_command" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_needs_command" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_needs_command" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_needs_command" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_needs_command" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_needs_command" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_needs_command" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_needs_command" -s V -l version -d 'Print version'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "create" -d 'Create a connection from local to a target resource'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "update" -d 'Update a Service Connector local connection'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "list" -d 'List local connections of Service Connector'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "show" -d 'Get the details of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "delete" -d 'Delete a Service Connector local connection'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "validate" -d 'Validate a Service Connector local connection'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "generate-configuration" -d 'Generate configurations of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "list-support-types" -d 'List client types and auth types supported by local connections'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "preview-configuration" -d 'Preview the expected configurations of local connection'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "connection" -d 'The same commands under az\'s group name: `azconn connection create postgres …`'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "webapp" -d 'Manage the connections of a web app (like `az webapp connection`)'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "functionapp" -d 'Manage the connections of a function app (like `az functionapp connection`)'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "containerapp" -d 'Manage the connections of a container app (like `az containerapp connection`)'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "aks" -d 'Manage the connections of an AKS cluster (like `az aks connection`)'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "access" -d 'Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "token" -d 'Get a token for utilities to access Azure (like `az account get-access-token`)'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "rest" -d 'Invoke a custom request (like `az rest`)'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c azconn -n "__fish_azconn_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "postgres" -d 'Create a Service Connector local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "postgres-flexible" -d 'Create a Service Connector local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand create; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -s g -l resource-group -d 'The resource group which contains the connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l client-type -d 'The client type used on the connection. Default: none' -r -f -a "dotnet\t''
dotnet-internal\t''
java\t''
python\t''
nodejs\t''
go\t''
php\t''
ruby\t''
django\t''
springBoot\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l target-id -d 'The resource id of target service. Required if [\'--target-resource-group\', \'--server\', \'--database\'] are not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l secret -d 'The secret auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l user-account -d 'The local user account auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l service-principal -d 'The service principal auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l customized-keys -d 'The customized keys used to change default configuration names. Key is the original name, value is the customized name' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l new -d 'Deleting existing users with the same name before creating a new user in database' -r -f -a "true\t''
false\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l connection -d 'Name of the connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l target-resource-group -l tg -d 'The resource group which contains the postgres service. Required if \'--target-id\' is not specified.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l server -d 'Name of postgres server. Required if \'--target-id\' is not specified.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l database -d 'Name of postgres database. Required if \'--target-id\' is not specified.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l dry-run -d 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l allow-all-ips -d 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l skip-ungrantable -d 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -s g -l resource-group -d 'The resource group which contains the connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l client-type -d 'The client type used on the connection. Default: none' -r -f -a "dotnet\t''
dotnet-internal\t''
java\t''
python\t''
nodejs\t''
go\t''
php\t''
ruby\t''
django\t''
springBoot\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l target-id -d 'The resource id of target service. Required if [\'--target-resource-group\', \'--server\', \'--database\'] are not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l secret -d 'The secret auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l user-account -d 'The local user account auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l service-principal -d 'The service principal auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l customized-keys -d 'The customized keys used to change default configuration names. Key is the original name, value is the customized name' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l new -d 'Deleting existing users with the same name before creating a new user in database' -r -f -a "true\t''
false\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l connection -d 'Name of the connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l target-resource-group -l tg -d 'The resource group which contains the flexible postgres service. Required if \'--target-id\' is not specified.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l server -d 'Name of postgres flexible server. Required if \'--target-id\' is not specified.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l database -d 'Name of postgres flexible database. Required if \'--target-id\' is not specified.' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l dry-run -d 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l allow-all-ips -d 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l skip-ungrantable -d 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from postgres-flexible" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "postgres" -d 'Create a Service Connector local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "postgres-flexible" -d 'Create a Service Connector local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "postgres" -d 'Update a local to postgres connection'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "postgres-flexible" -d 'Update a local to postgres-flexible connection'
complete -c azconn -n "__fish_azconn_using_subcommand update; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l client-type -d 'The client type used on the connection' -r -f -a "dotnet\t''
dotnet-internal\t''
java\t''
python\t''
nodejs\t''
go\t''
php\t''
ruby\t''
django\t''
springBoot\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l secret -d 'The secret auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l user-account -d 'The local user account auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l service-principal -d 'The service principal auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l customized-keys -d 'The customized keys used to change default configuration names. Key is the original name, value is the customized name' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l client-type -d 'The client type used on the connection' -r -f -a "dotnet\t''
dotnet-internal\t''
java\t''
python\t''
nodejs\t''
go\t''
php\t''
ruby\t''
django\t''
springBoot\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l secret -d 'The secret auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l user-account -d 'The local user account auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l service-principal -d 'The service principal auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l customized-keys -d 'The customized keys used to change default configuration names. Key is the original name, value is the customized name' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from postgres-flexible" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from help" -f -a "postgres" -d 'Update a local to postgres connection'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from help" -f -a "postgres-flexible" -d 'Update a local to postgres-flexible connection'
complete -c azconn -n "__fish_azconn_using_subcommand update; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand list" -s g -l resource-group -d 'The resource group which contains the connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand list" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand list" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand list" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand list" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand show" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand show" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand show" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand show" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand show" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand show" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand show" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand delete" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand delete" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand delete" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand delete" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l drop-role -d 'Also drop the connection\'s PostgreSQL role (`aad_<connection>`). (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l dry-run -d 'Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand validate" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand validate" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand validate" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand validate" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand generate-configuration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l custom -d 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=\'InProgress\'' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l interval -d 'Polling interval in seconds' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l timeout -d 'Maximum wait in seconds' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l created -d 'Wait until created with \'provisioningState\' at \'Succeeded\''
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l updated -d 'Wait until updated with provisioningState at \'Succeeded\''
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l deleted -d 'Wait until deleted'
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l exists -d 'Wait until the resource exists'
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand wait" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -s t -l target-type -d 'The target resource type' -r -f -a "postgres\t''
postgres-flexible\t''
mysql\t''
mysql-flexible\t''
sql\t''
redis\t''
redis-enterprise\t''
cosmos-cassandra\t''
cosmos-gremlin\t''
cosmos-mongo\t''
cosmos-sql\t''
cosmos-table\t''
storage-blob\t''
storage-queue\t''
storage-file\t''
storage-table\t''
keyvault\t''
appconfig\t''
eventhub\t''
servicebus\t''
signalr\t''
webpubsub\t''
confluent-cloud\t''
app-insights\t''"
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand list-support-types" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "postgres" -d 'Preview the expected configurations of local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "postgres-flexible" -d 'Preview the expected configurations of local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and not __fish_seen_subcommand_from postgres postgres-flexible help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l client-type -d 'The client type used on the connection' -r -f -a "dotnet\t''
dotnet-internal\t''
java\t''
python\t''
nodejs\t''
go\t''
php\t''
ruby\t''
django\t''
springBoot\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l secret -d 'The secret auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l user-account -d 'The local user account auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l service-principal -d 'The service principal auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l client-type -d 'The client type used on the connection' -r -f -a "dotnet\t''
dotnet-internal\t''
java\t''
python\t''
nodejs\t''
go\t''
php\t''
ruby\t''
django\t''
springBoot\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l secret -d 'The secret auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l user-account -d 'The local user account auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l service-principal -d 'The service principal auth info.' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from postgres-flexible" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from help" -f -a "postgres" -d 'Preview the expected configurations of local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from help" -f -a "postgres-flexible" -d 'Preview the expected configurations of local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand preview-configuration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "create" -d 'Create a connection from local to a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "update" -d 'Update a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "list" -d 'List local connections of Service Connector'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "show" -d 'Get the details of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "delete" -d 'Delete a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "validate" -d 'Validate a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "generate-configuration" -d 'Generate configurations of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "list-support-types" -d 'List client types and auth types supported by local connections'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "preview-configuration" -d 'Preview the expected configurations of local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -f -a "postgres" -d 'Create a Service Connector local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -f -a "postgres-flexible" -d 'Create a Service Connector local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from create" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -f -a "postgres" -d 'Update a local to postgres connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -f -a "postgres-flexible" -d 'Update a local to postgres-flexible connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from update" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -s g -l resource-group -d 'The resource group which contains the connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l drop-role -d 'Also drop the connection\'s PostgreSQL role (`aad_<connection>`). (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from generate-configuration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l id -d 'The id of connection' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l connection -d 'Name of the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -s g -l resource-group -d 'The resource group which contains the connection. Required if \'--id\' is not specified' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l custom -d 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=\'InProgress\'' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l interval -d 'Polling interval in seconds' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l timeout -d 'Maximum wait in seconds' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l created -d 'Wait until created with \'provisioningState\' at \'Succeeded\''
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l updated -d 'Wait until updated with provisioningState at \'Succeeded\''
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l deleted -d 'Wait until deleted'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l exists -d 'Wait until the resource exists'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -s t -l target-type -d 'The target resource type' -r -f -a "postgres\t''
postgres-flexible\t''
mysql\t''
mysql-flexible\t''
sql\t''
redis\t''
redis-enterprise\t''
cosmos-cassandra\t''
cosmos-gremlin\t''
cosmos-mongo\t''
cosmos-sql\t''
cosmos-table\t''
storage-blob\t''
storage-queue\t''
storage-file\t''
storage-table\t''
keyvault\t''
appconfig\t''
eventhub\t''
servicebus\t''
signalr\t''
webpubsub\t''
confluent-cloud\t''
app-insights\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from list-support-types" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -f -a "postgres" -d 'Preview the expected configurations of local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -f -a "postgres-flexible" -d 'Preview the expected configurations of local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from preview-configuration" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connection from local to a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "list" -d 'List local connections of Service Connector'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "show" -d 'Get the details of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Validate a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "generate-configuration" -d 'Generate configurations of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "list-support-types" -d 'List client types and auth types supported by local connections'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "preview-configuration" -d 'Preview the expected configurations of local connection'
complete -c azconn -n "__fish_azconn_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -f -a "connection" -d 'Commands to manage webapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and not __fish_seen_subcommand_from connection help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "create" -d 'Create a connection between a source resource and a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "update" -d 'Update a connection'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List connections of a source resource'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "show" -d 'Get the details of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "delete" -d 'Delete a connection'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "list-configuration" -d 'List source configurations of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "validate" -d 'Validate a connection'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "list-support-types" -d 'List client types and auth types supported by the source\'s connections'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from connection" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from help" -f -a "connection" -d 'Commands to manage webapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand webapp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -f -a "connection" -d 'Commands to manage functionapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and not __fish_seen_subcommand_from connection help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "create" -d 'Create a connection between a source resource and a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "update" -d 'Update a connection'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List connections of a source resource'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "show" -d 'Get the details of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "delete" -d 'Delete a connection'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "list-configuration" -d 'List source configurations of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "validate" -d 'Validate a connection'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "list-support-types" -d 'List client types and auth types supported by the source\'s connections'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from connection" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from help" -f -a "connection" -d 'Commands to manage functionapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand functionapp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -f -a "connection" -d 'Commands to manage containerapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and not __fish_seen_subcommand_from connection help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "create" -d 'Create a connection between a source resource and a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "update" -d 'Update a connection'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List connections of a source resource'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "show" -d 'Get the details of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "delete" -d 'Delete a connection'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "list-configuration" -d 'List source configurations of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "validate" -d 'Validate a connection'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "list-support-types" -d 'List client types and auth types supported by the source\'s connections'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from connection" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from help" -f -a "connection" -d 'Commands to manage containerapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand containerapp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -f -a "connection" -d 'Commands to manage aks connections'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and not __fish_seen_subcommand_from connection help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "create" -d 'Create a connection between a source resource and a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "update" -d 'Update a connection'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List connections of a source resource'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "show" -d 'Get the details of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "delete" -d 'Delete a connection'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "list-configuration" -d 'List source configurations of a connection'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "validate" -d 'Validate a connection'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "list-support-types" -d 'List client types and auth types supported by the source\'s connections'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from connection" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "connection" -d 'Commands to manage aks connections'
complete -c azconn -n "__fish_azconn_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -f -a "plan" -d 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -f -a "apply" -d 'Make the servers match the file: create roles, grant and revoke, set default privileges'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -f -a "list" -d 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -f -a "export" -d 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and not __fish_seen_subcommand_from plan apply list export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -s f -l file -d 'The access file (YAML or JSON)' -r -F
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l prune -d 'Also revoke and drop the roles azconn manages that the file no longer lists'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l skip-ungrantable -d 'When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra administrator does not have, grant on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l detailed-exitcode -d 'Exit with 2 when changes are pending, 0 when there are none, 1 on error'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l show-sql -d 'Print the exact SQL `apply` would run instead of the list of changes'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -s f -l file -d 'The access file (YAML or JSON)' -r -F
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l prune -d 'Also revoke and drop the roles azconn manages that the file no longer lists'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l skip-ungrantable -d 'When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra administrator does not have, grant on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not prompt for confirmation (enabling Microsoft Entra authentication restarts a server)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -s g -l resource-group -d 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l server -d 'Name of the flexible server' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l id -d 'The server\'s resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for a Single Server' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l database -d 'The databases to look at (repeat or separate with spaces); default: every database of the server' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l schema -d 'The schemas to look at; default: public' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -s g -l resource-group -d 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l server -d 'Name of the flexible server' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l id -d 'The server\'s resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for a Single Server' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l database -d 'The databases to look at (repeat or separate with spaces); default: every database of the server' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l schema -d 'The schemas to look at; default: public' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the servers match the file: create roles, grant and revoke, set default privileges'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)'
complete -c azconn -n "__fish_azconn_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand token" -l resource-type -d 'Type of well-known resource' -r -f -a "aad-graph\t'The Azure AD Graph endpoint (`activeDirectoryGraphResourceId`)'
arm\t'Azure Resource Manager (`activeDirectoryResourceId`)'
batch\t'Azure Batch (`batchResourceId`)'
data-lake\t'Azure Data Lake (`activeDirectoryDataLakeResourceId`)'
media\t'Azure Media Services (`mediaResourceId`)'
ms-graph\t'Microsoft Graph (`microsoftGraphResourceId`)'
oss-rdbms\t'Azure Database for PostgreSQL/MySQL Entra sign-in (`ossrdbmsResourceId`)'"
complete -c azconn -n "__fish_azconn_using_subcommand token" -l resource -d 'Azure resource endpoints in Microsoft Entra v1.0' -r
complete -c azconn -n "__fish_azconn_using_subcommand token" -l scope -d 'Space-separated scopes in Microsoft Entra v2.0. Default to Azure Resource Manager' -r
complete -c azconn -n "__fish_azconn_using_subcommand token" -s t -l tenant -d 'Tenant ID for which the token is acquired. Only available for user and service principal account, not for managed identity or Cloud Shell account' -r
complete -c azconn -n "__fish_azconn_using_subcommand token" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand token" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand token" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand token" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand token" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand token" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand token" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand rest" -s m -l method -d 'HTTP request method' -r -f -a "head\t''
get\t''
put\t''
post\t''
delete\t''
options\t''
patch\t''"
complete -c azconn -n "__fish_azconn_using_subcommand rest" -s u -l url -l uri -d 'Request URL. If it doesn\'t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -s b -l body -d 'Request body. Use @{file} to load from a file' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l headers -d 'Space-separated headers in KEY=VALUE format or JSON string. Use @{file} to load from a file' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l uri-parameters -l url-parameters -d 'Query parameters in the URL. Space-separated queries in KEY=VALUE format or JSON string. Use @{file} to load from a file' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l resource -d 'Resource url for which to acquire a Microsoft Entra token in order to access the service. The token is placed in the Authorization header. By default it is derived from --url when that is one of the current cloud\'s endpoints' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l output-file -d 'Save response payload to a file' -r -F
complete -c azconn -n "__fish_azconn_using_subcommand rest" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l skip-authorization-header -d 'Do not auto-append Authorization header'
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand rest" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand rest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand completion" -s o -l output -d 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azconn -n "__fish_azconn_using_subcommand completion" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azconn -n "__fish_azconn_using_subcommand completion" -l subscription -d 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`' -r
complete -c azconn -n "__fish_azconn_using_subcommand completion" -l auth-source -d 'Where credentials come from. Default: auto' -r -f -a "auto\t'The first available: the az login (az on PATH and signed in), env, workload-identity, managed-identity'
cli\t'The Azure CLI login (`az login`)'
env\t'A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH'
workload-identity\t'Workload identity (AZURE_FEDERATED_TOKEN_FILE)'
managed-identity\t'The managed identity of the host'"
complete -c azconn -n "__fish_azconn_using_subcommand completion" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand completion" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azconn -n "__fish_azconn_using_subcommand completion" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azconn -n "__fish_azconn_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "create" -d 'Create a connection from local to a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "update" -d 'Update a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "list" -d 'List local connections of Service Connector'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "show" -d 'Get the details of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "delete" -d 'Delete a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "validate" -d 'Validate a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "generate-configuration" -d 'Generate configurations of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "list-support-types" -d 'List client types and auth types supported by local connections'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "preview-configuration" -d 'Preview the expected configurations of local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "connection" -d 'The same commands under az\'s group name: `azconn connection create postgres …`'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "webapp" -d 'Manage the connections of a web app (like `az webapp connection`)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "functionapp" -d 'Manage the connections of a function app (like `az functionapp connection`)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "containerapp" -d 'Manage the connections of a container app (like `az containerapp connection`)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "aks" -d 'Manage the connections of an AKS cluster (like `az aks connection`)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "access" -d 'Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "token" -d 'Get a token for utilities to access Azure (like `az account get-access-token`)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "rest" -d 'Invoke a custom request (like `az rest`)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c azconn -n "__fish_azconn_using_subcommand help; and not __fish_seen_subcommand_from create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "postgres" -d 'Create a Service Connector local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "postgres-flexible" -d 'Create a Service Connector local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "postgres" -d 'Update a local to postgres connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "postgres-flexible" -d 'Update a local to postgres-flexible connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from preview-configuration" -f -a "postgres" -d 'Preview the expected configurations of local connection to postgres'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from preview-configuration" -f -a "postgres-flexible" -d 'Preview the expected configurations of local connection to postgres-flexible'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "create" -d 'Create a connection from local to a target resource'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "update" -d 'Update a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List local connections of Service Connector'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "show" -d 'Get the details of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "delete" -d 'Delete a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "validate" -d 'Validate a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "generate-configuration" -d 'Generate configurations of a Service Connector local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "wait" -d 'Place the CLI in a waiting state until a condition of the connection is met'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "list-support-types" -d 'List client types and auth types supported by local connections'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "preview-configuration" -d 'Preview the expected configurations of local connection'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from webapp" -f -a "connection" -d 'Commands to manage webapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from functionapp" -f -a "connection" -d 'Commands to manage functionapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from containerapp" -f -a "connection" -d 'Commands to manage containerapp connections'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "connection" -d 'Commands to manage aks connections'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "plan" -d 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "apply" -d 'Make the servers match the file: create roles, grant and revoke, set default privileges'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database'
complete -c azconn -n "__fish_azconn_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "export" -d 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)'
