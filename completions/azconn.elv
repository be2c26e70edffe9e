
use builtin;
use str;

set edit:completion:arg-completer[azconn] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'azconn'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'azconn'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a connection from local to a target resource'
            cand update 'Update a Service Connector local connection'
            cand list 'List local connections of Service Connector'
            cand show 'Get the details of a Service Connector local connection'
            cand delete 'Delete a Service Connector local connection'
            cand validate 'Validate a Service Connector local connection'
            cand generate-configuration 'Generate configurations of a Service Connector local connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by local connections'
            cand preview-configuration 'Preview the expected configurations of local connection'
            cand connection 'The same commands under az''s group name: `azconn connection create postgres …`'
            cand webapp 'Manage the connections of a web app (like `az webapp connection`)'
            cand functionapp 'Manage the connections of a function app (like `az functionapp connection`)'
            cand containerapp 'Manage the connections of a container app (like `az containerapp connection`)'
            cand aks 'Manage the connections of an AKS cluster (like `az aks connection`)'
            cand access 'Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export'
            cand token 'Get a token for utilities to access Azure (like `az account get-access-token`)'
            cand rest 'Invoke a custom request (like `az rest`)'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;create'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;create;postgres'= {
            cand -g 'The resource group which contains the connection'
            cand --resource-group 'The resource group which contains the connection'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection. Default: none'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --connection 'Name of the connection'
            cand --target-resource-group 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres database. Required if ''--target-id'' is not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --allow-all-ips 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;create;postgres-flexible'= {
            cand -g 'The resource group which contains the connection'
            cand --resource-group 'The resource group which contains the connection'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection. Default: none'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --connection 'Name of the connection'
            cand --target-resource-group 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres flexible server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres flexible database. Required if ''--target-id'' is not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --allow-all-ips 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;create;help'= {
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;create;help;postgres'= {
        }
        &'azconn;create;help;postgres-flexible'= {
        }
        &'azconn;create;help;help'= {
        }
        &'azconn;update'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;update;postgres'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;update;postgres-flexible'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;update;help'= {
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;update;help;postgres'= {
        }
        &'azconn;update;help;postgres-flexible'= {
        }
        &'azconn;update;help;help'= {
        }
        &'azconn;list'= {
            cand -g 'The resource group which contains the connection'
            cand --resource-group 'The resource group which contains the connection'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;show'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;delete'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --drop-role 'Also drop the connection''s PostgreSQL role (`aad_<connection>`). (azconn only)'
            cand --dry-run 'Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;validate'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;generate-configuration'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;wait'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --custom 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress'''
            cand --interval 'Polling interval in seconds'
            cand --timeout 'Maximum wait in seconds'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --created 'Wait until created with ''provisioningState'' at ''Succeeded'''
            cand --updated 'Wait until updated with provisioningState at ''Succeeded'''
            cand --deleted 'Wait until deleted'
            cand --exists 'Wait until the resource exists'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;list-support-types'= {
            cand -t 'The target resource type'
            cand --target-type 'The target resource type'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;preview-configuration'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;preview-configuration;postgres'= {
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;preview-configuration;postgres-flexible'= {
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;preview-configuration;help'= {
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;preview-configuration;help;postgres'= {
        }
        &'azconn;preview-configuration;help;postgres-flexible'= {
        }
        &'azconn;preview-configuration;help;help'= {
        }
        &'azconn;connection'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a connection from local to a target resource'
            cand update 'Update a Service Connector local connection'
            cand list 'List local connections of Service Connector'
            cand show 'Get the details of a Service Connector local connection'
            cand delete 'Delete a Service Connector local connection'
            cand validate 'Validate a Service Connector local connection'
            cand generate-configuration 'Generate configurations of a Service Connector local connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by local connections'
            cand preview-configuration 'Preview the expected configurations of local connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;create'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;create;postgres'= {
            cand -g 'The resource group which contains the connection'
            cand --resource-group 'The resource group which contains the connection'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection. Default: none'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --connection 'Name of the connection'
            cand --target-resource-group 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres database. Required if ''--target-id'' is not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --allow-all-ips 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;create;postgres-flexible'= {
            cand -g 'The resource group which contains the connection'
            cand --resource-group 'The resource group which contains the connection'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection. Default: none'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --connection 'Name of the connection'
            cand --target-resource-group 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres flexible server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres flexible database. Required if ''--target-id'' is not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --allow-all-ips 'Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not enough. `--yes` alone never does that. (azconn only)'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;create;help'= {
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;create;help;postgres'= {
        }
        &'azconn;connection;create;help;postgres-flexible'= {
        }
        &'azconn;connection;create;help;help'= {
        }
        &'azconn;connection;update'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;update;postgres'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;update;postgres-flexible'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;update;help'= {
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;update;help;postgres'= {
        }
        &'azconn;connection;update;help;postgres-flexible'= {
        }
        &'azconn;connection;update;help;help'= {
        }
        &'azconn;connection;list'= {
            cand -g 'The resource group which contains the connection'
            cand --resource-group 'The resource group which contains the connection'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;show'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;delete'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --drop-role 'Also drop the connection''s PostgreSQL role (`aad_<connection>`). (azconn only)'
            cand --dry-run 'Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;validate'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;generate-configuration'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;wait'= {
            cand --id 'The id of connection'
            cand --connection 'Name of the connection. Required if ''--id'' is not specified'
            cand -g 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand --resource-group 'The resource group which contains the connection. Required if ''--id'' is not specified'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --custom 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress'''
            cand --interval 'Polling interval in seconds'
            cand --timeout 'Maximum wait in seconds'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --created 'Wait until created with ''provisioningState'' at ''Succeeded'''
            cand --updated 'Wait until updated with provisioningState at ''Succeeded'''
            cand --deleted 'Wait until deleted'
            cand --exists 'Wait until the resource exists'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;list-support-types'= {
            cand -t 'The target resource type'
            cand --target-type 'The target resource type'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;preview-configuration'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;preview-configuration;postgres'= {
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;preview-configuration;postgres-flexible'= {
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --user-account 'The local user account auth info.'
            cand --service-principal 'The service principal auth info.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;connection;preview-configuration;help'= {
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;preview-configuration;help;postgres'= {
        }
        &'azconn;connection;preview-configuration;help;postgres-flexible'= {
        }
        &'azconn;connection;preview-configuration;help;help'= {
        }
        &'azconn;connection;help'= {
            cand create 'Create a connection from local to a target resource'
            cand update 'Update a Service Connector local connection'
            cand list 'List local connections of Service Connector'
            cand show 'Get the details of a Service Connector local connection'
            cand delete 'Delete a Service Connector local connection'
            cand validate 'Validate a Service Connector local connection'
            cand generate-configuration 'Generate configurations of a Service Connector local connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by local connections'
            cand preview-configuration 'Preview the expected configurations of local connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;connection;help;create'= {
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
        }
        &'azconn;connection;help;create;postgres'= {
        }
        &'azconn;connection;help;create;postgres-flexible'= {
        }
        &'azconn;connection;help;update'= {
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
        }
        &'azconn;connection;help;update;postgres'= {
        }
        &'azconn;connection;help;update;postgres-flexible'= {
        }
        &'azconn;connection;help;list'= {
        }
        &'azconn;connection;help;show'= {
        }
        &'azconn;connection;help;delete'= {
        }
        &'azconn;connection;help;validate'= {
        }
        &'azconn;connection;help;generate-configuration'= {
        }
        &'azconn;connection;help;wait'= {
        }
        &'azconn;connection;help;list-support-types'= {
        }
        &'azconn;connection;help;preview-configuration'= {
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
        }
        &'azconn;connection;help;preview-configuration;postgres'= {
        }
        &'azconn;connection;help;preview-configuration;postgres-flexible'= {
        }
        &'azconn;connection;help;help'= {
        }
        &'azconn;webapp'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand connection 'Commands to manage webapp connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection;create'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection;create;postgres'= {
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --config-connstr '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres database. Required if ''--target-id'' is not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;create;postgres-flexible'= {
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --config-connstr '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres flexible server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres flexible database. Required if ''--target-id'' is not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;create;help'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection;create;help;postgres'= {
        }
        &'azconn;webapp;connection;create;help;postgres-flexible'= {
        }
        &'azconn;webapp;connection;create;help;help'= {
        }
        &'azconn;webapp;connection;update'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection;update;postgres'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --config-connstr '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;update;postgres-flexible'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --config-connstr '[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;update;help'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection;update;help;postgres'= {
        }
        &'azconn;webapp;connection;update;help;postgres-flexible'= {
        }
        &'azconn;webapp;connection;update;help;help'= {
        }
        &'azconn;webapp;connection;list'= {
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;show'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --connection 'Name of the connection'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;delete'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --connection 'Name of the connection'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;list-configuration'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --connection 'Name of the connection'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;validate'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --connection 'Name of the connection'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;wait'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -g 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand --resource-group 'The resource group which contains the webapp. Required if ''--source-id'' is not specified'
            cand -n 'Name of the app. Required if ''--source-id'' is not specified'
            cand --name 'Name of the app. Required if ''--source-id'' is not specified'
            cand --source-id 'The resource id of the app (a site or `…/slots/{slot}`). Required if [''--resource-group'', ''--name''] are not specified'
            cand -s 'The name of the slot. Default to the production slot if not specified'
            cand --slot 'The name of the slot. Default to the production slot if not specified'
            cand --connection 'Name of the connection'
            cand --custom 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress'''
            cand --interval 'Polling interval in seconds'
            cand --timeout 'Maximum wait in seconds'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --created 'Wait until created with ''provisioningState'' at ''Succeeded'''
            cand --updated 'Wait until updated with provisioningState at ''Succeeded'''
            cand --deleted 'Wait until deleted'
            cand --exists 'Wait until the resource exists'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;list-support-types'= {
            cand -t 'The target resource type'
            cand --target-type 'The target resource type'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;webapp;connection;help'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;connection;help;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;webapp;connection;help;create;postgres'= {
        }
        &'azconn;webapp;connection;help;create;postgres-flexible'= {
        }
        &'azconn;webapp;connection;help;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;webapp;connection;help;update;postgres'= {
        }
        &'azconn;webapp;connection;help;update;postgres-flexible'= {
        }
        &'azconn;webapp;connection;help;list'= {
        }
        &'azconn;webapp;connection;help;show'= {
        }
        &'azconn;webapp;connection;help;delete'= {
        }
        &'azconn;webapp;connection;help;list-configuration'= {
        }
        &'azconn;webapp;connection;help;validate'= {
        }
        &'azconn;webapp;connection;help;wait'= {
        }
        &'azconn;webapp;connection;help;list-support-types'= {
        }
        &'azconn;webapp;connection;help;help'= {
        }
        &'azconn;webapp;help'= {
            cand connection 'Commands to manage webapp connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;webapp;help;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;webapp;help;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;webapp;help;connection;create;postgres'= {
        }
        &'azconn;webapp;help;connection;create;postgres-flexible'= {
        }
        &'azconn;webapp;help;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;webapp;help;connection;update;postgres'= {
        }
        &'azconn;webapp;help;connection;update;postgres-flexible'= {
        }
        &'azconn;webapp;help;connection;list'= {
        }
        &'azconn;webapp;help;connection;show'= {
        }
        &'azconn;webapp;help;connection;delete'= {
        }
        &'azconn;webapp;help;connection;list-configuration'= {
        }
        &'azconn;webapp;help;connection;validate'= {
        }
        &'azconn;webapp;help;connection;wait'= {
        }
        &'azconn;webapp;help;connection;list-support-types'= {
        }
        &'azconn;webapp;help;help'= {
        }
        &'azconn;functionapp'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand connection 'Commands to manage functionapp connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection;create'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection;create;postgres'= {
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres database. Required if ''--target-id'' is not specified.'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;create;postgres-flexible'= {
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres flexible server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres flexible database. Required if ''--target-id'' is not specified.'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;create;help'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection;create;help;postgres'= {
        }
        &'azconn;functionapp;connection;create;help;postgres-flexible'= {
        }
        &'azconn;functionapp;connection;create;help;help'= {
        }
        &'azconn;functionapp;connection;update'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection;update;postgres'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;update;postgres-flexible'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;update;help'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection;update;help;postgres'= {
        }
        &'azconn;functionapp;connection;update;help;postgres-flexible'= {
        }
        &'azconn;functionapp;connection;update;help;help'= {
        }
        &'azconn;functionapp;connection;list'= {
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;show'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;delete'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;list-configuration'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;validate'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;wait'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand --custom 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress'''
            cand --interval 'Polling interval in seconds'
            cand --timeout 'Maximum wait in seconds'
            cand -g 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the function app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the function app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the function app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --created 'Wait until created with ''provisioningState'' at ''Succeeded'''
            cand --updated 'Wait until updated with provisioningState at ''Succeeded'''
            cand --deleted 'Wait until deleted'
            cand --exists 'Wait until the resource exists'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;list-support-types'= {
            cand -t 'The target resource type'
            cand --target-type 'The target resource type'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;functionapp;connection;help'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;connection;help;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;functionapp;connection;help;create;postgres'= {
        }
        &'azconn;functionapp;connection;help;create;postgres-flexible'= {
        }
        &'azconn;functionapp;connection;help;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;functionapp;connection;help;update;postgres'= {
        }
        &'azconn;functionapp;connection;help;update;postgres-flexible'= {
        }
        &'azconn;functionapp;connection;help;list'= {
        }
        &'azconn;functionapp;connection;help;show'= {
        }
        &'azconn;functionapp;connection;help;delete'= {
        }
        &'azconn;functionapp;connection;help;list-configuration'= {
        }
        &'azconn;functionapp;connection;help;validate'= {
        }
        &'azconn;functionapp;connection;help;wait'= {
        }
        &'azconn;functionapp;connection;help;list-support-types'= {
        }
        &'azconn;functionapp;connection;help;help'= {
        }
        &'azconn;functionapp;help'= {
            cand connection 'Commands to manage functionapp connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;functionapp;help;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;functionapp;help;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;functionapp;help;connection;create;postgres'= {
        }
        &'azconn;functionapp;help;connection;create;postgres-flexible'= {
        }
        &'azconn;functionapp;help;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;functionapp;help;connection;update;postgres'= {
        }
        &'azconn;functionapp;help;connection;update;postgres-flexible'= {
        }
        &'azconn;functionapp;help;connection;list'= {
        }
        &'azconn;functionapp;help;connection;show'= {
        }
        &'azconn;functionapp;help;connection;delete'= {
        }
        &'azconn;functionapp;help;connection;list-configuration'= {
        }
        &'azconn;functionapp;help;connection;validate'= {
        }
        &'azconn;functionapp;help;connection;wait'= {
        }
        &'azconn;functionapp;help;connection;list-support-types'= {
        }
        &'azconn;functionapp;help;help'= {
        }
        &'azconn;containerapp'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand connection 'Commands to manage containerapp connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection;create'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection;create;postgres'= {
            cand -c 'The container where the connection information will be saved (as environment variables)'
            cand --container 'The container where the connection information will be saved (as environment variables)'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres database. Required if ''--target-id'' is not specified.'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;create;postgres-flexible'= {
            cand -c 'The container where the connection information will be saved (as environment variables)'
            cand --container 'The container where the connection information will be saved (as environment variables)'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres flexible server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres flexible database. Required if ''--target-id'' is not specified.'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;create;help'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection;create;help;postgres'= {
        }
        &'azconn;containerapp;connection;create;help;postgres-flexible'= {
        }
        &'azconn;containerapp;connection;create;help;help'= {
        }
        &'azconn;containerapp;connection;update'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection;update;postgres'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -c 'The container where the connection information will be saved (as environment variables)'
            cand --container 'The container where the connection information will be saved (as environment variables)'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;update;postgres-flexible'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand -c 'The container where the connection information will be saved (as environment variables)'
            cand --container 'The container where the connection information will be saved (as environment variables)'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;update;help'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection;update;help;postgres'= {
        }
        &'azconn;containerapp;connection;update;help;postgres-flexible'= {
        }
        &'azconn;containerapp;connection;update;help;help'= {
        }
        &'azconn;containerapp;connection;list'= {
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;show'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;delete'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;list-configuration'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;validate'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;wait'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand --custom 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress'''
            cand --interval 'Polling interval in seconds'
            cand --timeout 'Maximum wait in seconds'
            cand -g 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the container app. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the container app. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the container app. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --created 'Wait until created with ''provisioningState'' at ''Succeeded'''
            cand --updated 'Wait until updated with provisioningState at ''Succeeded'''
            cand --deleted 'Wait until deleted'
            cand --exists 'Wait until the resource exists'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;list-support-types'= {
            cand -t 'The target resource type'
            cand --target-type 'The target resource type'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;containerapp;connection;help'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;connection;help;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;containerapp;connection;help;create;postgres'= {
        }
        &'azconn;containerapp;connection;help;create;postgres-flexible'= {
        }
        &'azconn;containerapp;connection;help;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;containerapp;connection;help;update;postgres'= {
        }
        &'azconn;containerapp;connection;help;update;postgres-flexible'= {
        }
        &'azconn;containerapp;connection;help;list'= {
        }
        &'azconn;containerapp;connection;help;show'= {
        }
        &'azconn;containerapp;connection;help;delete'= {
        }
        &'azconn;containerapp;connection;help;list-configuration'= {
        }
        &'azconn;containerapp;connection;help;validate'= {
        }
        &'azconn;containerapp;connection;help;wait'= {
        }
        &'azconn;containerapp;connection;help;list-support-types'= {
        }
        &'azconn;containerapp;connection;help;help'= {
        }
        &'azconn;containerapp;help'= {
            cand connection 'Commands to manage containerapp connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;containerapp;help;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;containerapp;help;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;containerapp;help;connection;create;postgres'= {
        }
        &'azconn;containerapp;help;connection;create;postgres-flexible'= {
        }
        &'azconn;containerapp;help;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;containerapp;help;connection;update;postgres'= {
        }
        &'azconn;containerapp;help;connection;update;postgres-flexible'= {
        }
        &'azconn;containerapp;help;connection;list'= {
        }
        &'azconn;containerapp;help;connection;show'= {
        }
        &'azconn;containerapp;help;connection;delete'= {
        }
        &'azconn;containerapp;help;connection;list-configuration'= {
        }
        &'azconn;containerapp;help;connection;validate'= {
        }
        &'azconn;containerapp;help;connection;wait'= {
        }
        &'azconn;containerapp;help;connection;list-support-types'= {
        }
        &'azconn;containerapp;help;help'= {
        }
        &'azconn;aks'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand connection 'Commands to manage aks connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection;create'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection;create;postgres'= {
            cand --kube-namespace 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)'
            cand --workload-identity 'The workload identity auth info: the resource id of a user-assigned identity.'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres database. Required if ''--target-id'' is not specified.'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;create;postgres-flexible'= {
            cand --kube-namespace 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)'
            cand --workload-identity 'The workload identity auth info: the resource id of a user-assigned identity.'
            cand --target-id 'The resource id of target service. Required if [''--target-resource-group'', ''--server'', ''--database''] are not specified'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection. Web apps: detected from the app''s runtime stack when omitted'
            cand --service-principal 'The service principal auth info.'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand --new 'Deleting existing users with the same name before creating a new user in database'
            cand --target-resource-group 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --tg 'The resource group which contains the flexible postgres service. Required if ''--target-id'' is not specified.'
            cand --server 'Name of postgres flexible server. Required if ''--target-id'' is not specified.'
            cand --database 'Name of postgres flexible database. Required if ''--target-id'' is not specified.'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-ungrantable 'When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra administrator does not have, grant object by object on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --dry-run 'Print the plan (identity assignment, ARM changes and the SQL script) without changing anything. (azconn only)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;create;help'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection;create;help;postgres'= {
        }
        &'azconn;aks;connection;create;help;postgres-flexible'= {
        }
        &'azconn;aks;connection;create;help;help'= {
        }
        &'azconn;aks;connection;update'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection;update;postgres'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --kube-namespace 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --workload-identity 'The workload identity auth info: the resource id of a user-assigned identity.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;update;postgres-flexible'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --kube-namespace 'The kubernetes namespace where the connection information will be saved into (as kubernetes secret)'
            cand --connection 'Name of the connection'
            cand --client-type 'The client type used on the connection'
            cand --secret 'The secret auth info.'
            cand --customized-keys 'The customized keys used to change default configuration names. Key is the original name, value is the customized name'
            cand --vault-id 'The key vault id to store secret value'
            cand --appconfig-id 'The app configuration id to store configuration'
            cand --connstr-props 'The additional connection string properties used to build connection string'
            cand --opt-out 'Whether to disable some configuration steps. Use configinfo to disable configuration information changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip auth configuration such as enabling managed identity and granting RBAC roles'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand --system-identity 'The system assigned identity auth info.'
            cand --user-identity 'The user assigned identity auth info.'
            cand --service-principal 'The service principal auth info.'
            cand --workload-identity 'The workload identity auth info: the resource id of a user-assigned identity.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;update;help'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection;update;help;postgres'= {
        }
        &'azconn;aks;connection;update;help;postgres-flexible'= {
        }
        &'azconn;aks;connection;update;help;help'= {
        }
        &'azconn;aks;connection;list'= {
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;show'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;delete'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;list-configuration'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;validate'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;wait'= {
            cand --id 'The resource id of the connection. [''--resource-group'', ''--name'', ''--connection''] are required if ''--id'' is not specified'
            cand --connection 'Name of the connection'
            cand --custom 'Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!=''InProgress'''
            cand --interval 'Polling interval in seconds'
            cand --timeout 'Maximum wait in seconds'
            cand -g 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand --resource-group 'The resource group which contains the managed cluster. Required if ''--source-id'' is not specified.'
            cand -n 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --name 'Name of the managed cluster. Required if ''--source-id'' is not specified.'
            cand --source-id 'The resource id of the managed cluster. Required if [''--resource-group'', ''--name''] are not specified.'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --created 'Wait until created with ''provisioningState'' at ''Succeeded'''
            cand --updated 'Wait until updated with provisioningState at ''Succeeded'''
            cand --deleted 'Wait until deleted'
            cand --exists 'Wait until the resource exists'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;list-support-types'= {
            cand -t 'The target resource type'
            cand --target-type 'The target resource type'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;aks;connection;help'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;connection;help;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;aks;connection;help;create;postgres'= {
        }
        &'azconn;aks;connection;help;create;postgres-flexible'= {
        }
        &'azconn;aks;connection;help;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;aks;connection;help;update;postgres'= {
        }
        &'azconn;aks;connection;help;update;postgres-flexible'= {
        }
        &'azconn;aks;connection;help;list'= {
        }
        &'azconn;aks;connection;help;show'= {
        }
        &'azconn;aks;connection;help;delete'= {
        }
        &'azconn;aks;connection;help;list-configuration'= {
        }
        &'azconn;aks;connection;help;validate'= {
        }
        &'azconn;aks;connection;help;wait'= {
        }
        &'azconn;aks;connection;help;list-support-types'= {
        }
        &'azconn;aks;connection;help;help'= {
        }
        &'azconn;aks;help'= {
            cand connection 'Commands to manage aks connections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;aks;help;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;aks;help;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;aks;help;connection;create;postgres'= {
        }
        &'azconn;aks;help;connection;create;postgres-flexible'= {
        }
        &'azconn;aks;help;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;aks;help;connection;update;postgres'= {
        }
        &'azconn;aks;help;connection;update;postgres-flexible'= {
        }
        &'azconn;aks;help;connection;list'= {
        }
        &'azconn;aks;help;connection;show'= {
        }
        &'azconn;aks;help;connection;delete'= {
        }
        &'azconn;aks;help;connection;list-configuration'= {
        }
        &'azconn;aks;help;connection;validate'= {
        }
        &'azconn;aks;help;connection;wait'= {
        }
        &'azconn;aks;help;connection;list-support-types'= {
        }
        &'azconn;aks;help;help'= {
        }
        &'azconn;access'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand plan 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges'
            cand apply 'Make the servers match the file: create roles, grant and revoke, set default privileges'
            cand list 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database'
            cand export 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;access;plan'= {
            cand -f 'The access file (YAML or JSON)'
            cand --file 'The access file (YAML or JSON)'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --prune 'Also revoke and drop the roles azconn manages that the file no longer lists'
            cand --skip-ungrantable 'When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra administrator does not have, grant on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand --detailed-exitcode 'Exit with 2 when changes are pending, 0 when there are none, 1 on error'
            cand --show-sql 'Print the exact SQL `apply` would run instead of the list of changes'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;access;apply'= {
            cand -f 'The access file (YAML or JSON)'
            cand --file 'The access file (YAML or JSON)'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --prune 'Also revoke and drop the roles azconn manages that the file no longer lists'
            cand --skip-ungrantable 'When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra administrator does not have, grant on the others and name the skipped ones in a warning, instead of stopping before any change. (azconn only)'
            cand -y 'Do not prompt for confirmation (enabling Microsoft Entra authentication restarts a server)'
            cand --yes 'Do not prompt for confirmation (enabling Microsoft Entra authentication restarts a server)'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;access;list'= {
            cand -g 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --resource-group 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --server 'Name of the flexible server'
            cand --id 'The server''s resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for a Single Server'
            cand --database 'The databases to look at (repeat or separate with spaces); default: every database of the server'
            cand --schema 'The schemas to look at; default: public'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;access;export'= {
            cand -g 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --resource-group 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --server 'Name of the flexible server'
            cand --id 'The server''s resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for a Single Server'
            cand --database 'The databases to look at (repeat or separate with spaces); default: every database of the server'
            cand --schema 'The schemas to look at; default: public'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;access;help'= {
            cand plan 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges'
            cand apply 'Make the servers match the file: create roles, grant and revoke, set default privileges'
            cand list 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database'
            cand export 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;access;help;plan'= {
        }
        &'azconn;access;help;apply'= {
        }
        &'azconn;access;help;list'= {
        }
        &'azconn;access;help;export'= {
        }
        &'azconn;access;help;help'= {
        }
        &'azconn;token'= {
            cand --resource-type 'Type of well-known resource'
            cand --resource 'Azure resource endpoints in Microsoft Entra v1.0'
            cand --scope 'Space-separated scopes in Microsoft Entra v2.0. Default to Azure Resource Manager'
            cand -t 'Tenant ID for which the token is acquired. Only available for user and service principal account, not for managed identity or Cloud Shell account'
            cand --tenant 'Tenant ID for which the token is acquired. Only available for user and service principal account, not for managed identity or Cloud Shell account'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;rest'= {
            cand -m 'HTTP request method'
            cand --method 'HTTP request method'
            cand -u 'Request URL. If it doesn''t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID'
            cand --url 'Request URL. If it doesn''t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID'
            cand --uri 'Request URL. If it doesn''t start with a host, it is taken as an Azure resource ID and prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be replaced with the current subscription ID'
            cand -b 'Request body. Use @{file} to load from a file'
            cand --body 'Request body. Use @{file} to load from a file'
            cand --headers 'Space-separated headers in KEY=VALUE format or JSON string. Use @{file} to load from a file'
            cand --uri-parameters 'Query parameters in the URL. Space-separated queries in KEY=VALUE format or JSON string. Use @{file} to load from a file'
            cand --url-parameters 'Query parameters in the URL. Space-separated queries in KEY=VALUE format or JSON string. Use @{file} to load from a file'
            cand --resource 'Resource url for which to acquire a Microsoft Entra token in order to access the service. The token is placed in the Authorization header. By default it is derived from --url when that is one of the current cloud''s endpoints'
            cand --output-file 'Save response payload to a file'
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --skip-authorization-header 'Do not auto-append Authorization header'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;completion'= {
            cand -o 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --output 'Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file)'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription. You can configure the default subscription using `az account set -s NAME_OR_ID`'
            cand --auth-source 'Where credentials come from. Default: auto'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'azconn;help'= {
            cand create 'Create a connection from local to a target resource'
            cand update 'Update a Service Connector local connection'
            cand list 'List local connections of Service Connector'
            cand show 'Get the details of a Service Connector local connection'
            cand delete 'Delete a Service Connector local connection'
            cand validate 'Validate a Service Connector local connection'
            cand generate-configuration 'Generate configurations of a Service Connector local connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by local connections'
            cand preview-configuration 'Preview the expected configurations of local connection'
            cand connection 'The same commands under az''s group name: `azconn connection create postgres …`'
            cand webapp 'Manage the connections of a web app (like `az webapp connection`)'
            cand functionapp 'Manage the connections of a function app (like `az functionapp connection`)'
            cand containerapp 'Manage the connections of a container app (like `az containerapp connection`)'
            cand aks 'Manage the connections of an AKS cluster (like `az aks connection`)'
            cand access 'Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export'
            cand token 'Get a token for utilities to access Azure (like `az account get-access-token`)'
            cand rest 'Invoke a custom request (like `az rest`)'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azconn;help;create'= {
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
        }
        &'azconn;help;create;postgres'= {
        }
        &'azconn;help;create;postgres-flexible'= {
        }
        &'azconn;help;update'= {
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
        }
        &'azconn;help;update;postgres'= {
        }
        &'azconn;help;update;postgres-flexible'= {
        }
        &'azconn;help;list'= {
        }
        &'azconn;help;show'= {
        }
        &'azconn;help;delete'= {
        }
        &'azconn;help;validate'= {
        }
        &'azconn;help;generate-configuration'= {
        }
        &'azconn;help;wait'= {
        }
        &'azconn;help;list-support-types'= {
        }
        &'azconn;help;preview-configuration'= {
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
        }
        &'azconn;help;preview-configuration;postgres'= {
        }
        &'azconn;help;preview-configuration;postgres-flexible'= {
        }
        &'azconn;help;connection'= {
            cand create 'Create a connection from local to a target resource'
            cand update 'Update a Service Connector local connection'
            cand list 'List local connections of Service Connector'
            cand show 'Get the details of a Service Connector local connection'
            cand delete 'Delete a Service Connector local connection'
            cand validate 'Validate a Service Connector local connection'
            cand generate-configuration 'Generate configurations of a Service Connector local connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by local connections'
            cand preview-configuration 'Preview the expected configurations of local connection'
        }
        &'azconn;help;connection;create'= {
            cand postgres 'Create a Service Connector local connection to postgres'
            cand postgres-flexible 'Create a Service Connector local connection to postgres-flexible'
        }
        &'azconn;help;connection;create;postgres'= {
        }
        &'azconn;help;connection;create;postgres-flexible'= {
        }
        &'azconn;help;connection;update'= {
            cand postgres 'Update a local to postgres connection'
            cand postgres-flexible 'Update a local to postgres-flexible connection'
        }
        &'azconn;help;connection;update;postgres'= {
        }
        &'azconn;help;connection;update;postgres-flexible'= {
        }
        &'azconn;help;connection;list'= {
        }
        &'azconn;help;connection;show'= {
        }
        &'azconn;help;connection;delete'= {
        }
        &'azconn;help;connection;validate'= {
        }
        &'azconn;help;connection;generate-configuration'= {
        }
        &'azconn;help;connection;wait'= {
        }
        &'azconn;help;connection;list-support-types'= {
        }
        &'azconn;help;connection;preview-configuration'= {
            cand postgres 'Preview the expected configurations of local connection to postgres'
            cand postgres-flexible 'Preview the expected configurations of local connection to postgres-flexible'
        }
        &'azconn;help;connection;preview-configuration;postgres'= {
        }
        &'azconn;help;connection;preview-configuration;postgres-flexible'= {
        }
        &'azconn;help;webapp'= {
            cand connection 'Commands to manage webapp connections'
        }
        &'azconn;help;webapp;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;help;webapp;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;help;webapp;connection;create;postgres'= {
        }
        &'azconn;help;webapp;connection;create;postgres-flexible'= {
        }
        &'azconn;help;webapp;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;help;webapp;connection;update;postgres'= {
        }
        &'azconn;help;webapp;connection;update;postgres-flexible'= {
        }
        &'azconn;help;webapp;connection;list'= {
        }
        &'azconn;help;webapp;connection;show'= {
        }
        &'azconn;help;webapp;connection;delete'= {
        }
        &'azconn;help;webapp;connection;list-configuration'= {
        }
        &'azconn;help;webapp;connection;validate'= {
        }
        &'azconn;help;webapp;connection;wait'= {
        }
        &'azconn;help;webapp;connection;list-support-types'= {
        }
        &'azconn;help;functionapp'= {
            cand connection 'Commands to manage functionapp connections'
        }
        &'azconn;help;functionapp;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;help;functionapp;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;help;functionapp;connection;create;postgres'= {
        }
        &'azconn;help;functionapp;connection;create;postgres-flexible'= {
        }
        &'azconn;help;functionapp;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;help;functionapp;connection;update;postgres'= {
        }
        &'azconn;help;functionapp;connection;update;postgres-flexible'= {
        }
        &'azconn;help;functionapp;connection;list'= {
        }
        &'azconn;help;functionapp;connection;show'= {
        }
        &'azconn;help;functionapp;connection;delete'= {
        }
        &'azconn;help;functionapp;connection;list-configuration'= {
        }
        &'azconn;help;functionapp;connection;validate'= {
        }
        &'azconn;help;functionapp;connection;wait'= {
        }
        &'azconn;help;functionapp;connection;list-support-types'= {
        }
        &'azconn;help;containerapp'= {
            cand connection 'Commands to manage containerapp connections'
        }
        &'azconn;help;containerapp;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;help;containerapp;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;help;containerapp;connection;create;postgres'= {
        }
        &'azconn;help;containerapp;connection;create;postgres-flexible'= {
        }
        &'azconn;help;containerapp;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;help;containerapp;connection;update;postgres'= {
        }
        &'azconn;help;containerapp;connection;update;postgres-flexible'= {
        }
        &'azconn;help;containerapp;connection;list'= {
        }
        &'azconn;help;containerapp;connection;show'= {
        }
        &'azconn;help;containerapp;connection;delete'= {
        }
        &'azconn;help;containerapp;connection;list-configuration'= {
        }
        &'azconn;help;containerapp;connection;validate'= {
        }
        &'azconn;help;containerapp;connection;wait'= {
        }
        &'azconn;help;containerapp;connection;list-support-types'= {
        }
        &'azconn;help;aks'= {
            cand connection 'Commands to manage aks connections'
        }
        &'azconn;help;aks;connection'= {
            cand create 'Create a connection between a source resource and a target resource'
            cand update 'Update a connection'
            cand list 'List connections of a source resource'
            cand show 'Get the details of a connection'
            cand delete 'Delete a connection'
            cand list-configuration 'List source configurations of a connection'
            cand validate 'Validate a connection'
            cand wait 'Place the CLI in a waiting state until a condition of the connection is met'
            cand list-support-types 'List client types and auth types supported by the source''s connections'
        }
        &'azconn;help;aks;connection;create'= {
            cand postgres 'Create a connection to postgres (Single Server, retired: use postgres-flexible)'
            cand postgres-flexible 'Create a connection to postgres-flexible'
        }
        &'azconn;help;aks;connection;create;postgres'= {
        }
        &'azconn;help;aks;connection;create;postgres-flexible'= {
        }
        &'azconn;help;aks;connection;update'= {
            cand postgres 'Update a source to postgres connection'
            cand postgres-flexible 'Update a source to postgres-flexible connection'
        }
        &'azconn;help;aks;connection;update;postgres'= {
        }
        &'azconn;help;aks;connection;update;postgres-flexible'= {
        }
        &'azconn;help;aks;connection;list'= {
        }
        &'azconn;help;aks;connection;show'= {
        }
        &'azconn;help;aks;connection;delete'= {
        }
        &'azconn;help;aks;connection;list-configuration'= {
        }
        &'azconn;help;aks;connection;validate'= {
        }
        &'azconn;help;aks;connection;wait'= {
        }
        &'azconn;help;aks;connection;list-support-types'= {
        }
        &'azconn;help;access'= {
            cand plan 'Show what `apply` would change: roles to create, grants to add or revoke, default privileges'
            cand apply 'Make the servers match the file: create roles, grant and revoke, set default privileges'
            cand list 'Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per database'
            cand export 'Print the access file that describes what a server grants today (use `-o yaml` or `-o json`)'
        }
        &'azconn;help;access;plan'= {
        }
        &'azconn;help;access;apply'= {
        }
        &'azconn;help;access;list'= {
        }
        &'azconn;help;access;export'= {
        }
        &'azconn;help;token'= {
        }
        &'azconn;help;rest'= {
        }
        &'azconn;help;completion'= {
        }
        &'azconn;help;help'= {
        }
    ]
    $completions[$command]
}
