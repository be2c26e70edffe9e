
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'azconn' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'azconn'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'azconn' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection from local to a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a Service Connector local connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List local connections of Service Connector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a Service Connector local connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Service Connector local connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a Service Connector local connection')
            [CompletionResult]::new('generate-configuration', 'generate-configuration', [CompletionResultType]::ParameterValue, 'Generate configurations of a Service Connector local connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by local connections')
            [CompletionResult]::new('preview-configuration', 'preview-configuration', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'The same commands under az''s group name: `azconn connection create postgres …`')
            [CompletionResult]::new('webapp', 'webapp', [CompletionResultType]::ParameterValue, 'Manage the connections of a web app (like `az webapp connection`)')
            [CompletionResult]::new('functionapp', 'functionapp', [CompletionResultType]::ParameterValue, 'Manage the connections of a function app (like `az functionapp connection`)')
            [CompletionResult]::new('containerapp', 'containerapp', [CompletionResultType]::ParameterValue, 'Manage the connections of a container app (like `az containerapp connection`)')
            [CompletionResult]::new('aks', 'aks', [CompletionResultType]::ParameterValue, 'Manage the connections of an AKS cluster (like `az aks connection`)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get a token for utilities to access Azure (like `az account get-access-token`)')
            [CompletionResult]::new('rest', 'rest', [CompletionResultType]::ParameterValue, 'Invoke a custom request (like `az rest`)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;create;postgres' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Default: none')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--allow-all-ips', '--allow-all-ips', [CompletionResultType]::ParameterName, 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;create;postgres-flexible' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Default: none')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres flexible server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres flexible database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--allow-all-ips', '--allow-all-ips', [CompletionResultType]::ParameterName, 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;create;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;create;help;postgres' {
            break
        }
        'azconn;create;help;postgres-flexible' {
            break
        }
        'azconn;create;help;help' {
            break
        }
        'azconn;update' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;update;postgres' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;update;postgres-flexible' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;update;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;update;help;postgres' {
            break
        }
        'azconn;update;help;postgres-flexible' {
            break
        }
        'azconn;update;help;help' {
            break
        }
        'azconn;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--drop-role', '--drop-role', [CompletionResultType]::ParameterName, 'Also drop the connection''s PostgreSQL role (`aad_<connection>`). (azconn only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;validate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;generate-configuration' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress''')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Polling interval in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Maximum wait in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'Wait until created with ''provisioningState'' at ''Succeeded''')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Wait until updated with provisioningState at ''Succeeded''')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Wait until deleted')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Wait until the resource exists')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;list-support-types' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('--target-type', '--target-type', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;preview-configuration' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;preview-configuration;postgres' {
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;preview-configuration;postgres-flexible' {
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;preview-configuration;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;preview-configuration;help;postgres' {
            break
        }
        'azconn;preview-configuration;help;postgres-flexible' {
            break
        }
        'azconn;preview-configuration;help;help' {
            break
        }
        'azconn;connection' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection from local to a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a Service Connector local connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List local connections of Service Connector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a Service Connector local connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Service Connector local connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a Service Connector local connection')
            [CompletionResult]::new('generate-configuration', 'generate-configuration', [CompletionResultType]::ParameterValue, 'Generate configurations of a Service Connector local connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by local connections')
            [CompletionResult]::new('preview-configuration', 'preview-configuration', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;create;postgres' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Default: none')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--allow-all-ips', '--allow-all-ips', [CompletionResultType]::ParameterName, 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;create;postgres-flexible' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Default: none')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres flexible server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres flexible database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--allow-all-ips', '--allow-all-ips', [CompletionResultType]::ParameterName, 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;create;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;create;help;postgres' {
            break
        }
        'azconn;connection;create;help;postgres-flexible' {
            break
        }
        'azconn;connection;create;help;help' {
            break
        }
        'azconn;connection;update' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;update;postgres' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;update;postgres-flexible' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;update;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;update;help;postgres' {
            break
        }
        'azconn;connection;update;help;postgres-flexible' {
            break
        }
        'azconn;connection;update;help;help' {
            break
        }
        'azconn;connection;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--drop-role', '--drop-role', [CompletionResultType]::ParameterName, 'Also drop the connection''s PostgreSQL role (`aad_<connection>`). (azconn only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;validate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;generate-configuration' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id of connection')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the connection. Required if ''--id'' is not specified')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress''')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Polling interval in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Maximum wait in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'Wait until created with ''provisioningState'' at ''Succeeded''')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Wait until updated with provisioningState at ''Succeeded''')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Wait until deleted')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Wait until the resource exists')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;list-support-types' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('--target-type', '--target-type', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;preview-configuration' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;preview-configuration;postgres' {
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;preview-configuration;postgres-flexible' {
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--user-account', '--user-account', [CompletionResultType]::ParameterName, 'The local user account auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;connection;preview-configuration;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;preview-configuration;help;postgres' {
            break
        }
        'azconn;connection;preview-configuration;help;postgres-flexible' {
            break
        }
        'azconn;connection;preview-configuration;help;help' {
            break
        }
        'azconn;connection;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection from local to a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a Service Connector local connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List local connections of Service Connector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a Service Connector local connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Service Connector local connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a Service Connector local connection')
            [CompletionResult]::new('generate-configuration', 'generate-configuration', [CompletionResultType]::ParameterValue, 'Generate configurations of a Service Connector local connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by local connections')
            [CompletionResult]::new('preview-configuration', 'preview-configuration', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;connection;help;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            break
        }
        'azconn;connection;help;create;postgres' {
            break
        }
        'azconn;connection;help;create;postgres-flexible' {
            break
        }
        'azconn;connection;help;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            break
        }
        'azconn;connection;help;update;postgres' {
            break
        }
        'azconn;connection;help;update;postgres-flexible' {
            break
        }
        'azconn;connection;help;list' {
            break
        }
        'azconn;connection;help;show' {
            break
        }
        'azconn;connection;help;delete' {
            break
        }
        'azconn;connection;help;validate' {
            break
        }
        'azconn;connection;help;generate-configuration' {
            break
        }
        'azconn;connection;help;wait' {
            break
        }
        'azconn;connection;help;list-support-types' {
            break
        }
        'azconn;connection;help;preview-configuration' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            break
        }
        'azconn;connection;help;preview-configuration;postgres' {
            break
        }
        'azconn;connection;help;preview-configuration;postgres-flexible' {
            break
        }
        'azconn;connection;help;help' {
            break
        }
        'azconn;webapp' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage webapp connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection;create;postgres' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--config-connstr', '--config-connstr', [CompletionResultType]::ParameterName, '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;create;postgres-flexible' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--config-connstr', '--config-connstr', [CompletionResultType]::ParameterName, '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres flexible server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres flexible database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;create;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection;create;help;postgres' {
            break
        }
        'azconn;webapp;connection;create;help;postgres-flexible' {
            break
        }
        'azconn;webapp;connection;create;help;help' {
            break
        }
        'azconn;webapp;connection;update' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection;update;postgres' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--config-connstr', '--config-connstr', [CompletionResultType]::ParameterName, '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;update;postgres-flexible' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--config-connstr', '--config-connstr', [CompletionResultType]::ParameterName, '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;update;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection;update;help;postgres' {
            break
        }
        'azconn;webapp;connection;update;help;postgres-flexible' {
            break
        }
        'azconn;webapp;connection;update;help;help' {
            break
        }
        'azconn;webapp;connection;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;list-configuration' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;validate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the webapp. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the app. Required if ''--source-id'' is not specified')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The name of the slot. Default to the production slot if not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress''')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Polling interval in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Maximum wait in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'Wait until created with ''provisioningState'' at ''Succeeded''')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Wait until updated with provisioningState at ''Succeeded''')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Wait until deleted')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Wait until the resource exists')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;list-support-types' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('--target-type', '--target-type', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;webapp;connection;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;connection;help;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;webapp;connection;help;create;postgres' {
            break
        }
        'azconn;webapp;connection;help;create;postgres-flexible' {
            break
        }
        'azconn;webapp;connection;help;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;webapp;connection;help;update;postgres' {
            break
        }
        'azconn;webapp;connection;help;update;postgres-flexible' {
            break
        }
        'azconn;webapp;connection;help;list' {
            break
        }
        'azconn;webapp;connection;help;show' {
            break
        }
        'azconn;webapp;connection;help;delete' {
            break
        }
        'azconn;webapp;connection;help;list-configuration' {
            break
        }
        'azconn;webapp;connection;help;validate' {
            break
        }
        'azconn;webapp;connection;help;wait' {
            break
        }
        'azconn;webapp;connection;help;list-support-types' {
            break
        }
        'azconn;webapp;connection;help;help' {
            break
        }
        'azconn;webapp;help' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage webapp connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;webapp;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;webapp;help;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;webapp;help;connection;create;postgres' {
            break
        }
        'azconn;webapp;help;connection;create;postgres-flexible' {
            break
        }
        'azconn;webapp;help;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;webapp;help;connection;update;postgres' {
            break
        }
        'azconn;webapp;help;connection;update;postgres-flexible' {
            break
        }
        'azconn;webapp;help;connection;list' {
            break
        }
        'azconn;webapp;help;connection;show' {
            break
        }
        'azconn;webapp;help;connection;delete' {
            break
        }
        'azconn;webapp;help;connection;list-configuration' {
            break
        }
        'azconn;webapp;help;connection;validate' {
            break
        }
        'azconn;webapp;help;connection;wait' {
            break
        }
        'azconn;webapp;help;connection;list-support-types' {
            break
        }
        'azconn;webapp;help;help' {
            break
        }
        'azconn;functionapp' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage functionapp connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection;create;postgres' {
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;create;postgres-flexible' {
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres flexible server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres flexible database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;create;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection;create;help;postgres' {
            break
        }
        'azconn;functionapp;connection;create;help;postgres-flexible' {
            break
        }
        'azconn;functionapp;connection;create;help;help' {
            break
        }
        'azconn;functionapp;connection;update' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection;update;postgres' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;update;postgres-flexible' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;update;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection;update;help;postgres' {
            break
        }
        'azconn;functionapp;connection;update;help;postgres-flexible' {
            break
        }
        'azconn;functionapp;connection;update;help;help' {
            break
        }
        'azconn;functionapp;connection;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;list-configuration' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;validate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress''')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Polling interval in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Maximum wait in seconds')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the function app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'Wait until created with ''provisioningState'' at ''Succeeded''')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Wait until updated with provisioningState at ''Succeeded''')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Wait until deleted')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Wait until the resource exists')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;list-support-types' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('--target-type', '--target-type', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;functionapp;connection;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;connection;help;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;functionapp;connection;help;create;postgres' {
            break
        }
        'azconn;functionapp;connection;help;create;postgres-flexible' {
            break
        }
        'azconn;functionapp;connection;help;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;functionapp;connection;help;update;postgres' {
            break
        }
        'azconn;functionapp;connection;help;update;postgres-flexible' {
            break
        }
        'azconn;functionapp;connection;help;list' {
            break
        }
        'azconn;functionapp;connection;help;show' {
            break
        }
        'azconn;functionapp;connection;help;delete' {
            break
        }
        'azconn;functionapp;connection;help;list-configuration' {
            break
        }
        'azconn;functionapp;connection;help;validate' {
            break
        }
        'azconn;functionapp;connection;help;wait' {
            break
        }
        'azconn;functionapp;connection;help;list-support-types' {
            break
        }
        'azconn;functionapp;connection;help;help' {
            break
        }
        'azconn;functionapp;help' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage functionapp connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;functionapp;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;functionapp;help;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;functionapp;help;connection;create;postgres' {
            break
        }
        'azconn;functionapp;help;connection;create;postgres-flexible' {
            break
        }
        'azconn;functionapp;help;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;functionapp;help;connection;update;postgres' {
            break
        }
        'azconn;functionapp;help;connection;update;postgres-flexible' {
            break
        }
        'azconn;functionapp;help;connection;list' {
            break
        }
        'azconn;functionapp;help;connection;show' {
            break
        }
        'azconn;functionapp;help;connection;delete' {
            break
        }
        'azconn;functionapp;help;connection;list-configuration' {
            break
        }
        'azconn;functionapp;help;connection;validate' {
            break
        }
        'azconn;functionapp;help;connection;wait' {
            break
        }
        'azconn;functionapp;help;connection;list-support-types' {
            break
        }
        'azconn;functionapp;help;help' {
            break
        }
        'azconn;containerapp' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage containerapp connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection;create;postgres' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--container', '--container', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;create;postgres-flexible' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--container', '--container', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres flexible server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres flexible database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;create;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection;create;help;postgres' {
            break
        }
        'azconn;containerapp;connection;create;help;postgres-flexible' {
            break
        }
        'azconn;containerapp;connection;create;help;help' {
            break
        }
        'azconn;containerapp;connection;update' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection;update;postgres' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--container', '--container', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;update;postgres-flexible' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--container', '--container', [CompletionResultType]::ParameterName, 'The container where the connection information will be saved (as environment variables)')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;update;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection;update;help;postgres' {
            break
        }
        'azconn;containerapp;connection;update;help;postgres-flexible' {
            break
        }
        'azconn;containerapp;connection;update;help;help' {
            break
        }
        'azconn;containerapp;connection;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;list-configuration' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;validate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress''')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Polling interval in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Maximum wait in seconds')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the container app. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'Wait until created with ''provisioningState'' at ''Succeeded''')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Wait until updated with provisioningState at ''Succeeded''')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Wait until deleted')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Wait until the resource exists')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;list-support-types' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('--target-type', '--target-type', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;containerapp;connection;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;connection;help;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;containerapp;connection;help;create;postgres' {
            break
        }
        'azconn;containerapp;connection;help;create;postgres-flexible' {
            break
        }
        'azconn;containerapp;connection;help;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;containerapp;connection;help;update;postgres' {
            break
        }
        'azconn;containerapp;connection;help;update;postgres-flexible' {
            break
        }
        'azconn;containerapp;connection;help;list' {
            break
        }
        'azconn;containerapp;connection;help;show' {
            break
        }
        'azconn;containerapp;connection;help;delete' {
            break
        }
        'azconn;containerapp;connection;help;list-configuration' {
            break
        }
        'azconn;containerapp;connection;help;validate' {
            break
        }
        'azconn;containerapp;connection;help;wait' {
            break
        }
        'azconn;containerapp;connection;help;list-support-types' {
            break
        }
        'azconn;containerapp;connection;help;help' {
            break
        }
        'azconn;containerapp;help' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage containerapp connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;containerapp;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;containerapp;help;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;containerapp;help;connection;create;postgres' {
            break
        }
        'azconn;containerapp;help;connection;create;postgres-flexible' {
            break
        }
        'azconn;containerapp;help;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;containerapp;help;connection;update;postgres' {
            break
        }
        'azconn;containerapp;help;connection;update;postgres-flexible' {
            break
        }
        'azconn;containerapp;help;connection;list' {
            break
        }
        'azconn;containerapp;help;connection;show' {
            break
        }
        'azconn;containerapp;help;connection;delete' {
            break
        }
        'azconn;containerapp;help;connection;list-configuration' {
            break
        }
        'azconn;containerapp;help;connection;validate' {
            break
        }
        'azconn;containerapp;help;connection;wait' {
            break
        }
        'azconn;containerapp;help;connection;list-support-types' {
            break
        }
        'azconn;containerapp;help;help' {
            break
        }
        'azconn;aks' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage aks connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection;create;postgres' {
            [CompletionResult]::new('--kube-namespace', '--kube-namespace', [CompletionResultType]::ParameterName, 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)')
            [CompletionResult]::new('--workload-identity', '--workload-identity', [CompletionResultType]::ParameterName, 'The workload identity auth info: the resource id of a user-assigned identity.')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;create;postgres-flexible' {
            [CompletionResult]::new('--kube-namespace', '--kube-namespace', [CompletionResultType]::ParameterName, 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)')
            [CompletionResult]::new('--workload-identity', '--workload-identity', [CompletionResultType]::ParameterName, 'The workload identity auth info: the resource id of a user-assigned identity.')
            [CompletionResult]::new('--target-id', '--target-id', [CompletionResultType]::ParameterName, 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Deleting existing users with the same name before creating a new user in database')
            [CompletionResult]::new('--target-resource-group', '--target-resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--tg', '--tg', [CompletionResultType]::ParameterName, 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of postgres flexible server. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of postgres flexible database. Required if ''--target-id'' is not specified.')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;create;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection;create;help;postgres' {
            break
        }
        'azconn;aks;connection;create;help;postgres-flexible' {
            break
        }
        'azconn;aks;connection;create;help;help' {
            break
        }
        'azconn;aks;connection;update' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection;update;postgres' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--kube-namespace', '--kube-namespace', [CompletionResultType]::ParameterName, 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--workload-identity', '--workload-identity', [CompletionResultType]::ParameterName, 'The workload identity auth info: the resource id of a user-assigned identity.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;update;postgres-flexible' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--kube-namespace', '--kube-namespace', [CompletionResultType]::ParameterName, 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--client-type', '--client-type', [CompletionResultType]::ParameterName, 'The client type used on the connection')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret auth info.')
            [CompletionResult]::new('--customized-keys', '--customized-keys', [CompletionResultType]::ParameterName, 'The customized keys used to change default configuration names. Key is the original name, value is the customized name')
            [CompletionResult]::new('--vault-id', '--vault-id', [CompletionResultType]::ParameterName, 'The key vault id to store secret value')
            [CompletionResult]::new('--appconfig-id', '--appconfig-id', [CompletionResultType]::ParameterName, 'The app configuration id to store configuration')
            [CompletionResult]::new('--connstr-props', '--connstr-props', [CompletionResultType]::ParameterName, 'The additional connection string properties used to build connection string')
            [CompletionResult]::new('--opt-out', '--opt-out', [CompletionResultType]::ParameterName, 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('--system-identity', '--system-identity', [CompletionResultType]::ParameterName, 'The system assigned identity auth info.')
            [CompletionResult]::new('--user-identity', '--user-identity', [CompletionResultType]::ParameterName, 'The user assigned identity auth info.')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'The service principal auth info.')
            [CompletionResult]::new('--workload-identity', '--workload-identity', [CompletionResultType]::ParameterName, 'The workload identity auth info: the resource id of a user-assigned identity.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;update;help' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection;update;help;postgres' {
            break
        }
        'azconn;aks;connection;update;help;postgres-flexible' {
            break
        }
        'azconn;aks;connection;update;help;help' {
            break
        }
        'azconn;aks;connection;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;list-configuration' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;validate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Name of the connection')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress''')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Polling interval in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Maximum wait in seconds')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster. Required if ''--source-id'' is not specified.')
            [CompletionResult]::new('--source-id', '--source-id', [CompletionResultType]::ParameterName, 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'Wait until created with ''provisioningState'' at ''Succeeded''')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Wait until updated with provisioningState at ''Succeeded''')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Wait until deleted')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Wait until the resource exists')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;list-support-types' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('--target-type', '--target-type', [CompletionResultType]::ParameterName, 'The target resource type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;aks;connection;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;connection;help;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;aks;connection;help;create;postgres' {
            break
        }
        'azconn;aks;connection;help;create;postgres-flexible' {
            break
        }
        'azconn;aks;connection;help;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;aks;connection;help;update;postgres' {
            break
        }
        'azconn;aks;connection;help;update;postgres-flexible' {
            break
        }
        'azconn;aks;connection;help;list' {
            break
        }
        'azconn;aks;connection;help;show' {
            break
        }
        'azconn;aks;connection;help;delete' {
            break
        }
        'azconn;aks;connection;help;list-configuration' {
            break
        }
        'azconn;aks;connection;help;validate' {
            break
        }
        'azconn;aks;connection;help;wait' {
            break
        }
        'azconn;aks;connection;help;list-support-types' {
            break
        }
        'azconn;aks;connection;help;help' {
            break
        }
        'azconn;aks;help' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage aks connections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;aks;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;aks;help;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;aks;help;connection;create;postgres' {
            break
        }
        'azconn;aks;help;connection;create;postgres-flexible' {
            break
        }
        'azconn;aks;help;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;aks;help;connection;update;postgres' {
            break
        }
        'azconn;aks;help;connection;update;postgres-flexible' {
            break
        }
        'azconn;aks;help;connection;list' {
            break
        }
        'azconn;aks;help;connection;show' {
            break
        }
        'azconn;aks;help;connection;delete' {
            break
        }
        'azconn;aks;help;connection;list-configuration' {
            break
        }
        'azconn;aks;help;connection;validate' {
            break
        }
        'azconn;aks;help;connection;wait' {
            break
        }
        'azconn;aks;help;connection;list-support-types' {
            break
        }
        'azconn;aks;help;help' {
            break
        }
        'azconn;access' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the servers match the file: create roles, grant and revoke, set default privileges')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;access;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The access file (YAML or JSON)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The access file (YAML or JSON)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also revoke and drop the roles azconn manages that the file no longer lists')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra administrator does not have, grant on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit with 2 when changes are pending, 0 when there are none, 1 on error')
            [CompletionResult]::new('--show-sql', '--show-sql', [CompletionResultType]::ParameterName, 'Print the exact SQL `apply` would run instead of the list of changes')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;access;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The access file (YAML or JSON)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The access file (YAML or JSON)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also revoke and drop the roles azconn manages that the file no longer lists')
            [CompletionResult]::new('--skip-ungrantable', '--skip-ungrantable', [CompletionResultType]::ParameterName, 'When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra administrator does not have, grant on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation (enabling Microsoft Entra authentication restarts a server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation (enabling Microsoft Entra authentication restarts a server)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;access;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of the flexible server')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The server''s resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for a Single Server')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The databases to look at (repeat or separate with spaces); default: every database of the server')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The schemas to look at; default: public')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;access;export' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Name of the flexible server')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The server''s resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for a Single Server')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The databases to look at (repeat or separate with spaces); default: every database of the server')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The schemas to look at; default: public')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;access;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the servers match the file: create roles, grant and revoke, set default privileges')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;access;help;plan' {
            break
        }
        'azconn;access;help;apply' {
            break
        }
        'azconn;access;help;list' {
            break
        }
        'azconn;access;help;export' {
            break
        }
        'azconn;access;help;help' {
            break
        }
        'azconn;token' {
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Type of well-known resource')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Azure resource endpoints in Microsoft Entra v1.0')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Space-separated scopes in Microsoft Entra v2.0. Default to Azure Resource Manager')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant ID for which the token is acquired. Only available for user and service principal account, not for managed identity or Cloud Shell account')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID for which the token is acquired. Only available for user and service principal account, not for managed identity or Cloud Shell account')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;rest' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'HTTP request method')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP request method')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Request URL. If it doesn''t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Request URL. If it doesn''t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'Request URL. If it doesn''t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Request body. Use @{file} to load from a file')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Request body. Use @{file} to load from a file')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Space-separated headers in KEY=VALUE format or JSON string. Use @{file} to load from a file')
            [CompletionResult]::new('--uri-parameters', '--uri-parameters', [CompletionResultType]::ParameterName, 'Query parameters in the URL. Space-separated queries in KEY=VALUE format or JSON string. Use @{file} to load from a file')
            [CompletionResult]::new('--url-parameters', '--url-parameters', [CompletionResultType]::ParameterName, 'Query parameters in the URL. Space-separated queries in KEY=VALUE format or JSON string. Use @{file} to load from a file')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource url for which to acquire a Microsoft Entra token in order to access the service. The token is placed in the Authorization header. By default it is derived from --url when that is one of the current cloud''s endpoints')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Save response payload to a file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--skip-authorization-header', '--skip-authorization-header', [CompletionResultType]::ParameterName, 'Do not auto-append Authorization header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;completion' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`')
            [CompletionResult]::new('--auth-source', '--auth-source', [CompletionResultType]::ParameterName, 'Where credentials come from. Default: auto')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'azconn;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection from local to a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a Service Connector local connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List local connections of Service Connector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a Service Connector local connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Service Connector local connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a Service Connector local connection')
            [CompletionResult]::new('generate-configuration', 'generate-configuration', [CompletionResultType]::ParameterValue, 'Generate configurations of a Service Connector local connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by local connections')
            [CompletionResult]::new('preview-configuration', 'preview-configuration', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'The same commands under az''s group name: `azconn connection create postgres …`')
            [CompletionResult]::new('webapp', 'webapp', [CompletionResultType]::ParameterValue, 'Manage the connections of a web app (like `az webapp connection`)')
            [CompletionResult]::new('functionapp', 'functionapp', [CompletionResultType]::ParameterValue, 'Manage the connections of a function app (like `az functionapp connection`)')
            [CompletionResult]::new('containerapp', 'containerapp', [CompletionResultType]::ParameterValue, 'Manage the connections of a container app (like `az containerapp connection`)')
            [CompletionResult]::new('aks', 'aks', [CompletionResultType]::ParameterValue, 'Manage the connections of an AKS cluster (like `az aks connection`)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get a token for utilities to access Azure (like `az account get-access-token`)')
            [CompletionResult]::new('rest', 'rest', [CompletionResultType]::ParameterValue, 'Invoke a custom request (like `az rest`)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azconn;help;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            break
        }
        'azconn;help;create;postgres' {
            break
        }
        'azconn;help;create;postgres-flexible' {
            break
        }
        'azconn;help;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            break
        }
        'azconn;help;update;postgres' {
            break
        }
        'azconn;help;update;postgres-flexible' {
            break
        }
        'azconn;help;list' {
            break
        }
        'azconn;help;show' {
            break
        }
        'azconn;help;delete' {
            break
        }
        'azconn;help;validate' {
            break
        }
        'azconn;help;generate-configuration' {
            break
        }
        'azconn;help;wait' {
            break
        }
        'azconn;help;list-support-types' {
            break
        }
        'azconn;help;preview-configuration' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            break
        }
        'azconn;help;preview-configuration;postgres' {
            break
        }
        'azconn;help;preview-configuration;postgres-flexible' {
            break
        }
        'azconn;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection from local to a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a Service Connector local connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List local connections of Service Connector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a Service Connector local connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Service Connector local connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a Service Connector local connection')
            [CompletionResult]::new('generate-configuration', 'generate-configuration', [CompletionResultType]::ParameterValue, 'Generate configurations of a Service Connector local connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by local connections')
            [CompletionResult]::new('preview-configuration', 'preview-configuration', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection')
            break
        }
        'azconn;help;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a Service Connector local connection to postgres-flexible')
            break
        }
        'azconn;help;connection;create;postgres' {
            break
        }
        'azconn;help;connection;create;postgres-flexible' {
            break
        }
        'azconn;help;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a local to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a local to postgres-flexible connection')
            break
        }
        'azconn;help;connection;update;postgres' {
            break
        }
        'azconn;help;connection;update;postgres-flexible' {
            break
        }
        'azconn;help;connection;list' {
            break
        }
        'azconn;help;connection;show' {
            break
        }
        'azconn;help;connection;delete' {
            break
        }
        'azconn;help;connection;validate' {
            break
        }
        'azconn;help;connection;generate-configuration' {
            break
        }
        'azconn;help;connection;wait' {
            break
        }
        'azconn;help;connection;list-support-types' {
            break
        }
        'azconn;help;connection;preview-configuration' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Preview the expected configurations of local connection to postgres-flexible')
            break
        }
        'azconn;help;connection;preview-configuration;postgres' {
            break
        }
        'azconn;help;connection;preview-configuration;postgres-flexible' {
            break
        }
        'azconn;help;webapp' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage webapp connections')
            break
        }
        'azconn;help;webapp;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;help;webapp;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;help;webapp;connection;create;postgres' {
            break
        }
        'azconn;help;webapp;connection;create;postgres-flexible' {
            break
        }
        'azconn;help;webapp;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;help;webapp;connection;update;postgres' {
            break
        }
        'azconn;help;webapp;connection;update;postgres-flexible' {
            break
        }
        'azconn;help;webapp;connection;list' {
            break
        }
        'azconn;help;webapp;connection;show' {
            break
        }
        'azconn;help;webapp;connection;delete' {
            break
        }
        'azconn;help;webapp;connection;list-configuration' {
            break
        }
        'azconn;help;webapp;connection;validate' {
            break
        }
        'azconn;help;webapp;connection;wait' {
            break
        }
        'azconn;help;webapp;connection;list-support-types' {
            break
        }
        'azconn;help;functionapp' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage functionapp connections')
            break
        }
        'azconn;help;functionapp;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;help;functionapp;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;help;functionapp;connection;create;postgres' {
            break
        }
        'azconn;help;functionapp;connection;create;postgres-flexible' {
            break
        }
        'azconn;help;functionapp;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;help;functionapp;connection;update;postgres' {
            break
        }
        'azconn;help;functionapp;connection;update;postgres-flexible' {
            break
        }
        'azconn;help;functionapp;connection;list' {
            break
        }
        'azconn;help;functionapp;connection;show' {
            break
        }
        'azconn;help;functionapp;connection;delete' {
            break
        }
        'azconn;help;functionapp;connection;list-configuration' {
            break
        }
        'azconn;help;functionapp;connection;validate' {
            break
        }
        'azconn;help;functionapp;connection;wait' {
            break
        }
        'azconn;help;functionapp;connection;list-support-types' {
            break
        }
        'azconn;help;containerapp' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage containerapp connections')
            break
        }
        'azconn;help;containerapp;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;help;containerapp;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;help;containerapp;connection;create;postgres' {
            break
        }
        'azconn;help;containerapp;connection;create;postgres-flexible' {
            break
        }
        'azconn;help;containerapp;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;help;containerapp;connection;update;postgres' {
            break
        }
        'azconn;help;containerapp;connection;update;postgres-flexible' {
            break
        }
        'azconn;help;containerapp;connection;list' {
            break
        }
        'azconn;help;containerapp;connection;show' {
            break
        }
        'azconn;help;containerapp;connection;delete' {
            break
        }
        'azconn;help;containerapp;connection;list-configuration' {
            break
        }
        'azconn;help;containerapp;connection;validate' {
            break
        }
        'azconn;help;containerapp;connection;wait' {
            break
        }
        'azconn;help;containerapp;connection;list-support-types' {
            break
        }
        'azconn;help;aks' {
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Commands to manage aks connections')
            break
        }
        'azconn;help;aks;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection between a source resource and a target resource')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connections of a source resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a connection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection')
            [CompletionResult]::new('list-configuration', 'list-configuration', [CompletionResultType]::ParameterValue, 'List source configurations of a connection')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a connection')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Place the CLI in a waiting state until a condition of the connection is met')
            [CompletionResult]::new('list-support-types', 'list-support-types', [CompletionResultType]::ParameterValue, 'List client types and auth types supported by the source''s connections')
            break
        }
        'azconn;help;aks;connection;create' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Create a connection to postgres (Single Server, retired: use postgres-flexible)')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Create a connection to postgres-flexible')
            break
        }
        'azconn;help;aks;connection;create;postgres' {
            break
        }
        'azconn;help;aks;connection;create;postgres-flexible' {
            break
        }
        'azconn;help;aks;connection;update' {
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'Update a source to postgres connection')
            [CompletionResult]::new('postgres-flexible', 'postgres-flexible', [CompletionResultType]::ParameterValue, 'Update a source to postgres-flexible connection')
            break
        }
        'azconn;help;aks;connection;update;postgres' {
            break
        }
        'azconn;help;aks;connection;update;postgres-flexible' {
            break
        }
        'azconn;help;aks;connection;list' {
            break
        }
        'azconn;help;aks;connection;show' {
            break
        }
        'azconn;help;aks;connection;delete' {
            break
        }
        'azconn;help;aks;connection;list-configuration' {
            break
        }
        'azconn;help;aks;connection;validate' {
            break
        }
        'azconn;help;aks;connection;wait' {
            break
        }
        'azconn;help;aks;connection;list-support-types' {
            break
        }
        'azconn;help;access' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the servers match the file: create roles, grant and revoke, set default privileges')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)')
            break
        }
        'azconn;help;access;plan' {
            break
        }
        'azconn;help;access;apply' {
            break
        }
        'azconn;help;access;list' {
            break
        }
        'azconn;help;access;export' {
            break
        }
        'azconn;help;token' {
            break
        }
        'azconn;help;rest' {
            break
        }
        'azconn;help;completion' {
            break
        }
        'azconn;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
