_azconn() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="azconn"
                ;;
            azconn,access)
                cmd="azconn__subcmd__access"
                ;;
            azconn,aks)
                cmd="azconn__subcmd__aks"
                ;;
            azconn,completion)
                cmd="azconn__subcmd__completion"
                ;;
            azconn,connection)
                cmd="azconn__subcmd__connection"
                ;;
            azconn,containerapp)
                cmd="azconn__subcmd__containerapp"
                ;;
            azconn,create)
                cmd="azconn__subcmd__create"
                ;;
            azconn,delete)
                cmd="azconn__subcmd__delete"
                ;;
            azconn,functionapp)
                cmd="azconn__subcmd__functionapp"
                ;;
            azconn,generate-configuration)
                cmd="azconn__subcmd__generate__subcmd__configuration"
                ;;
            azconn,help)
                cmd="azconn__subcmd__help"
                ;;
            azconn,list)
                cmd="azconn__subcmd__list"
                ;;
            azconn,list-support-types)
                cmd="azconn__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn,preview-configuration)
                cmd="azconn__subcmd__preview__subcmd__configuration"
                ;;
            azconn,rest)
                cmd="azconn__subcmd__rest"
                ;;
            azconn,show)
                cmd="azconn__subcmd__show"
                ;;
            azconn,token)
                cmd="azconn__subcmd__token"
                ;;
            azconn,update)
                cmd="azconn__subcmd__update"
                ;;
            azconn,validate)
                cmd="azconn__subcmd__validate"
                ;;
            azconn,wait)
                cmd="azconn__subcmd__wait"
                ;;
            azconn,webapp)
                cmd="azconn__subcmd__webapp"
                ;;
            azconn__subcmd__access,apply)
                cmd="azconn__subcmd__access__subcmd__apply"
                ;;
            azconn__subcmd__access,export)
                cmd="azconn__subcmd__access__subcmd__export"
                ;;
            azconn__subcmd__access,help)
                cmd="azconn__subcmd__access__subcmd__help"
                ;;
            azconn__subcmd__access,list)
                cmd="azconn__subcmd__access__subcmd__list"
                ;;
            azconn__subcmd__access,plan)
                cmd="azconn__subcmd__access__subcmd__plan"
                ;;
            azconn__subcmd__access__subcmd__help,apply)
                cmd="azconn__subcmd__access__subcmd__help__subcmd__apply"
                ;;
            azconn__subcmd__access__subcmd__help,export)
                cmd="azconn__subcmd__access__subcmd__help__subcmd__export"
                ;;
            azconn__subcmd__access__subcmd__help,help)
                cmd="azconn__subcmd__access__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__access__subcmd__help,list)
                cmd="azconn__subcmd__access__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__access__subcmd__help,plan)
                cmd="azconn__subcmd__access__subcmd__help__subcmd__plan"
                ;;
            azconn__subcmd__aks,connection)
                cmd="azconn__subcmd__aks__subcmd__connection"
                ;;
            azconn__subcmd__aks,help)
                cmd="azconn__subcmd__aks__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection,create)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__aks__subcmd__connection,delete)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__aks__subcmd__connection,help)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection,list)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__aks__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__aks__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__aks__subcmd__connection,show)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__aks__subcmd__connection,update)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__aks__subcmd__connection,validate)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__aks__subcmd__connection,wait)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__create,help)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help,help)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help,postgres)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,create)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,delete)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,help)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,list)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,list-configuration)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,list-support-types)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,show)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__show"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,update)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,validate)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__validate"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help,wait)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__wait"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create,postgres)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update,postgres)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__update,help)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help,help)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help,postgres)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__help,connection)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection"
                ;;
            azconn__subcmd__aks__subcmd__help,help)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,create)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,delete)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,list)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,show)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,update)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,validate)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection,wait)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection,create)
                cmd="azconn__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__connection,delete)
                cmd="azconn__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__connection,generate-configuration)
                cmd="azconn__subcmd__connection__subcmd__generate__subcmd__configuration"
                ;;
            azconn__subcmd__connection,help)
                cmd="azconn__subcmd__connection__subcmd__help"
                ;;
            azconn__subcmd__connection,list)
                cmd="azconn__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__connection,preview-configuration)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration"
                ;;
            azconn__subcmd__connection,show)
                cmd="azconn__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__connection,update)
                cmd="azconn__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__connection,validate)
                cmd="azconn__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__connection,wait)
                cmd="azconn__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__connection__subcmd__create,help)
                cmd="azconn__subcmd__connection__subcmd__create__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__create__subcmd__help,help)
                cmd="azconn__subcmd__connection__subcmd__create__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__create__subcmd__help,postgres)
                cmd="azconn__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__create__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__help,create)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__create"
                ;;
            azconn__subcmd__connection__subcmd__help,delete)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            azconn__subcmd__connection__subcmd__help,generate-configuration)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__generate__subcmd__configuration"
                ;;
            azconn__subcmd__connection__subcmd__help,help)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__help,list)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__connection__subcmd__help,list-support-types)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__connection__subcmd__help,preview-configuration)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration"
                ;;
            azconn__subcmd__connection__subcmd__help,show)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__show"
                ;;
            azconn__subcmd__connection__subcmd__help,update)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__update"
                ;;
            azconn__subcmd__connection__subcmd__help,validate)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__validate"
                ;;
            azconn__subcmd__connection__subcmd__help,wait)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__wait"
                ;;
            azconn__subcmd__connection__subcmd__help__subcmd__create,postgres)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__help__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration,postgres)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__help__subcmd__update,postgres)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__help__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__preview__subcmd__configuration,help)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__preview__subcmd__configuration,postgres)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__preview__subcmd__configuration,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help,help)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help,postgres)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__update,help)
                cmd="azconn__subcmd__connection__subcmd__update__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__connection__subcmd__update__subcmd__help,help)
                cmd="azconn__subcmd__connection__subcmd__update__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__connection__subcmd__update__subcmd__help,postgres)
                cmd="azconn__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__connection__subcmd__update__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp,connection)
                cmd="azconn__subcmd__containerapp__subcmd__connection"
                ;;
            azconn__subcmd__containerapp,help)
                cmd="azconn__subcmd__containerapp__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,create)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,delete)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,help)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,list)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,show)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,update)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,validate)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__containerapp__subcmd__connection,wait)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__create,help)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help,help)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,create)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,delete)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,help)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,list)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,list-configuration)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,list-support-types)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,show)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__show"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,update)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,validate)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__validate"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help,wait)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__wait"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__update,help)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help,help)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__help,connection)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection"
                ;;
            azconn__subcmd__containerapp__subcmd__help,help)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,create)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,delete)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,list)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,show)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,update)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,validate)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection,wait)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__create,help)
                cmd="azconn__subcmd__create__subcmd__help"
                ;;
            azconn__subcmd__create,postgres)
                cmd="azconn__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__create__subcmd__help,help)
                cmd="azconn__subcmd__create__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__create__subcmd__help,postgres)
                cmd="azconn__subcmd__create__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__create__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp,connection)
                cmd="azconn__subcmd__functionapp__subcmd__connection"
                ;;
            azconn__subcmd__functionapp,help)
                cmd="azconn__subcmd__functionapp__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,create)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,delete)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,help)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,list)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,show)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,update)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,validate)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__functionapp__subcmd__connection,wait)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__create,help)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help,help)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,create)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,delete)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,help)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,list)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,list-configuration)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,list-support-types)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,show)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__show"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,update)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,validate)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__validate"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help,wait)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__wait"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__update,help)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help,help)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__help,connection)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection"
                ;;
            azconn__subcmd__functionapp__subcmd__help,help)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,create)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,delete)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,list)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,show)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,update)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,validate)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection,wait)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help,access)
                cmd="azconn__subcmd__help__subcmd__access"
                ;;
            azconn__subcmd__help,aks)
                cmd="azconn__subcmd__help__subcmd__aks"
                ;;
            azconn__subcmd__help,completion)
                cmd="azconn__subcmd__help__subcmd__completion"
                ;;
            azconn__subcmd__help,connection)
                cmd="azconn__subcmd__help__subcmd__connection"
                ;;
            azconn__subcmd__help,containerapp)
                cmd="azconn__subcmd__help__subcmd__containerapp"
                ;;
            azconn__subcmd__help,create)
                cmd="azconn__subcmd__help__subcmd__create"
                ;;
            azconn__subcmd__help,delete)
                cmd="azconn__subcmd__help__subcmd__delete"
                ;;
            azconn__subcmd__help,functionapp)
                cmd="azconn__subcmd__help__subcmd__functionapp"
                ;;
            azconn__subcmd__help,generate-configuration)
                cmd="azconn__subcmd__help__subcmd__generate__subcmd__configuration"
                ;;
            azconn__subcmd__help,help)
                cmd="azconn__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__help,list)
                cmd="azconn__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__help,list-support-types)
                cmd="azconn__subcmd__help__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__help,preview-configuration)
                cmd="azconn__subcmd__help__subcmd__preview__subcmd__configuration"
                ;;
            azconn__subcmd__help,rest)
                cmd="azconn__subcmd__help__subcmd__rest"
                ;;
            azconn__subcmd__help,show)
                cmd="azconn__subcmd__help__subcmd__show"
                ;;
            azconn__subcmd__help,token)
                cmd="azconn__subcmd__help__subcmd__token"
                ;;
            azconn__subcmd__help,update)
                cmd="azconn__subcmd__help__subcmd__update"
                ;;
            azconn__subcmd__help,validate)
                cmd="azconn__subcmd__help__subcmd__validate"
                ;;
            azconn__subcmd__help,wait)
                cmd="azconn__subcmd__help__subcmd__wait"
                ;;
            azconn__subcmd__help,webapp)
                cmd="azconn__subcmd__help__subcmd__webapp"
                ;;
            azconn__subcmd__help__subcmd__access,apply)
                cmd="azconn__subcmd__help__subcmd__access__subcmd__apply"
                ;;
            azconn__subcmd__help__subcmd__access,export)
                cmd="azconn__subcmd__help__subcmd__access__subcmd__export"
                ;;
            azconn__subcmd__help__subcmd__access,list)
                cmd="azconn__subcmd__help__subcmd__access__subcmd__list"
                ;;
            azconn__subcmd__help__subcmd__access,plan)
                cmd="azconn__subcmd__help__subcmd__access__subcmd__plan"
                ;;
            azconn__subcmd__help__subcmd__aks,connection)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,create)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,delete)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,list)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,show)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,update)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,validate)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection,wait)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__connection,create)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__help__subcmd__connection,delete)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__help__subcmd__connection,generate-configuration)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__generate__subcmd__configuration"
                ;;
            azconn__subcmd__help__subcmd__connection,list)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__help__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__help__subcmd__connection,preview-configuration)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration"
                ;;
            azconn__subcmd__help__subcmd__connection,show)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__help__subcmd__connection,update)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__help__subcmd__connection,validate)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__help__subcmd__connection,wait)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__help__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration,postgres)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__containerapp,connection)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,create)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,delete)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,list)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,show)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,update)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,validate)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection,wait)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__create,postgres)
                cmd="azconn__subcmd__help__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__functionapp,connection)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,create)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,delete)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,list)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,show)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,update)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,validate)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection,wait)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__preview__subcmd__configuration,postgres)
                cmd="azconn__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__preview__subcmd__configuration,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__update,postgres)
                cmd="azconn__subcmd__help__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__webapp,connection)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,create)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,delete)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,list)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,show)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,update)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,validate)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection,wait)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__preview__subcmd__configuration,help)
                cmd="azconn__subcmd__preview__subcmd__configuration__subcmd__help"
                ;;
            azconn__subcmd__preview__subcmd__configuration,postgres)
                cmd="azconn__subcmd__preview__subcmd__configuration__subcmd__postgres"
                ;;
            azconn__subcmd__preview__subcmd__configuration,postgres-flexible)
                cmd="azconn__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__preview__subcmd__configuration__subcmd__help,help)
                cmd="azconn__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__preview__subcmd__configuration__subcmd__help,postgres)
                cmd="azconn__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__preview__subcmd__configuration__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__update,help)
                cmd="azconn__subcmd__update__subcmd__help"
                ;;
            azconn__subcmd__update,postgres)
                cmd="azconn__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__update__subcmd__help,help)
                cmd="azconn__subcmd__update__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__update__subcmd__help,postgres)
                cmd="azconn__subcmd__update__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__update__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp,connection)
                cmd="azconn__subcmd__webapp__subcmd__connection"
                ;;
            azconn__subcmd__webapp,help)
                cmd="azconn__subcmd__webapp__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection,create)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__webapp__subcmd__connection,delete)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__webapp__subcmd__connection,help)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection,list)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__webapp__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__webapp__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__webapp__subcmd__connection,show)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__webapp__subcmd__connection,update)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__webapp__subcmd__connection,validate)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__webapp__subcmd__connection,wait)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__create,help)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help,help)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help,postgres)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,create)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,delete)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,help)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,list)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,list-configuration)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,list-support-types)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,show)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__show"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,update)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,validate)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__validate"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help,wait)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__wait"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create,postgres)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update,postgres)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__update,help)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help,help)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help,postgres)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__help,connection)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection"
                ;;
            azconn__subcmd__webapp__subcmd__help,help)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__help"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,create)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,delete)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,list)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,list-configuration)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,list-support-types)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,show)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__show"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,update)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,validate)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__validate"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection,wait)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__wait"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create,postgres)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update,postgres)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres"
                ;;
            azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update,postgres-flexible)
                cmd="azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        azconn)
            opts="-o -h -V --output --query --subscription --auth-source --debug --verbose --only-show-errors --help --version create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help plan apply list export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__apply)
            opts="-f -y -o -h --file --prune --skip-ungrantable --yes --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__export)
            opts="-g -o -h --resource-group --server --id --database --schema --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__help)
            opts="plan apply list export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__help__subcmd__plan)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__list)
            opts="-g -o -h --resource-group --server --id --database --schema --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__access__subcmd__plan)
            opts="-f -o -h --file --prune --skip-ungrantable --detailed-exitcode --show-sql --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres)
            opts="-y -g -n -o -h --kube-namespace --workload-identity --target-id --connection --client-type --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --resource-group --name --source-id --system-identity --user-identity --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kube-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workload-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts="-y -g -n -o -h --kube-namespace --workload-identity --target-id --connection --client-type --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --resource-group --name --source-id --system-identity --user-identity --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kube-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workload-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__delete)
            opts="-y -g -n -o -h --id --connection --yes --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help)
            opts="create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__list)
            opts="-g -n -o -h --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__list__subcmd__configuration)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts="-t -o -h --target-type --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-type)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud app-insights" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud app-insights" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__show)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres)
            opts="-g -n -o -h --id --kube-namespace --connection --client-type --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --resource-group --name --source-id --system-identity --user-identity --service-principal --workload-identity --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kube-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workload-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts="-g -n -o -h --id --kube-namespace --connection --client-type --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --resource-group --name --source-id --system-identity --user-identity --service-principal --workload-identity --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kube-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workload-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__validate)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__connection__subcmd__wait)
            opts="-g -n -o -h --id --connection --created --updated --deleted --exists --custom --interval --timeout --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help)
            opts="connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__aks__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__completion)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help create update list show delete validate generate-configuration wait list-support-types preview-configuration help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create__subcmd__postgres)
            opts="-g -l -y -o -h --resource-group --location --client-type --target-id --secret --user-account --service-principal --customized-keys --new --yes --no-wait --dry-run --allow-all-ips --skip-ungrantable --connection --tg --target-resource-group --server --database --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts="-g -l -y -o -h --resource-group --location --client-type --target-id --secret --user-account --service-principal --customized-keys --new --yes --no-wait --dry-run --allow-all-ips --skip-ungrantable --connection --tg --target-resource-group --server --database --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__delete)
            opts="-g -l -y -o -h --id --connection --resource-group --location --yes --no-wait --drop-role --dry-run --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__generate__subcmd__configuration)
            opts="-g -l -o -h --id --connection --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help)
            opts="create update list show delete validate generate-configuration wait list-support-types preview-configuration help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__generate__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__list)
            opts="-g -l -o -h --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts="-t -o -h --target-type --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-type)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-sql cosmos-table storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud app-insights" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-sql cosmos-table storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud app-insights" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres)
            opts="-o -h --client-type --secret --user-account --service-principal --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible)
            opts="-o -h --client-type --secret --user-account --service-principal --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__show)
            opts="-g -l -o -h --id --connection --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update__subcmd__postgres)
            opts="-g -l -o -h --id --connection --resource-group --location --client-type --secret --user-account --service-principal --customized-keys --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts="-g -l -o -h --id --connection --resource-group --location --client-type --secret --user-account --service-principal --customized-keys --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__validate)
            opts="-g -l -o -h --id --connection --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__connection__subcmd__wait)
            opts="-g -l -o -h --id --connection --resource-group --location --created --updated --deleted --exists --custom --interval --timeout --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres)
            opts="-c -y -g -n -o -h --container --target-id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts="-c -y -g -n -o -h --container --target-id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__delete)
            opts="-y -g -n -o -h --id --connection --yes --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help)
            opts="create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__list)
            opts="-g -n -o -h --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__configuration)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts="-t -o -h --target-type --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-type)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud fabric-sql app-insights cognitiveservices neon-postgres mongodb-atlas" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud fabric-sql app-insights cognitiveservices neon-postgres mongodb-atlas" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__show)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres)
            opts="-c -g -n -o -h --id --container --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts="-c -g -n -o -h --id --container --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__validate)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__connection__subcmd__wait)
            opts="-g -n -o -h --id --connection --created --updated --deleted --exists --custom --interval --timeout --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help)
            opts="connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__containerapp__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create__subcmd__postgres)
            opts="-g -l -y -o -h --resource-group --location --client-type --target-id --secret --user-account --service-principal --customized-keys --new --yes --no-wait --dry-run --allow-all-ips --skip-ungrantable --connection --tg --target-resource-group --server --database --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts="-g -l -y -o -h --resource-group --location --client-type --target-id --secret --user-account --service-principal --customized-keys --new --yes --no-wait --dry-run --allow-all-ips --skip-ungrantable --connection --tg --target-resource-group --server --database --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__delete)
            opts="-g -l -y -o -h --id --connection --resource-group --location --yes --no-wait --drop-role --dry-run --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres)
            opts="-y -g -n -o -h --target-id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts="-y -g -n -o -h --target-id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__delete)
            opts="-y -g -n -o -h --id --connection --yes --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help)
            opts="create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__list)
            opts="-g -n -o -h --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__configuration)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts="-t -o -h --target-type --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-type)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud fabric-sql app-insights cognitiveservices neon-postgres mongodb-atlas" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud fabric-sql app-insights cognitiveservices neon-postgres mongodb-atlas" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__show)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres)
            opts="-g -n -o -h --id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts="-g -n -o -h --id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__validate)
            opts="-g -n -o -h --id --connection --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__connection__subcmd__wait)
            opts="-g -n -o -h --id --connection --created --updated --deleted --exists --custom --interval --timeout --resource-group --name --source-id --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help)
            opts="connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__functionapp__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__generate__subcmd__configuration)
            opts="-g -l -o -h --id --connection --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help)
            opts="create update list show delete validate generate-configuration wait list-support-types preview-configuration connection webapp functionapp containerapp aks access token rest completion help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__access)
            opts="plan apply list export"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__access__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__access__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__access__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__access__subcmd__plan)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks)
            opts="connection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__aks__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__completion)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection)
            opts="create update list show delete validate generate-configuration wait list-support-types preview-configuration"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__generate__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp)
            opts="connection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__containerapp__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp)
            opts="connection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__functionapp__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__generate__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__preview__subcmd__configuration)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__rest)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp)
            opts="connection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__help__subcmd__webapp__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__list)
            opts="-g -l -o -h --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__list__subcmd__support__subcmd__types)
            opts="-t -o -h --target-type --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-type)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-sql cosmos-table storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud app-insights" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-sql cosmos-table storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud app-insights" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration__subcmd__postgres)
            opts="-o -h --client-type --secret --user-account --service-principal --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__preview__subcmd__configuration__subcmd__postgres__subcmd__flexible)
            opts="-o -h --client-type --secret --user-account --service-principal --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__rest)
            opts="-m -u -b -o -h --method --uri --url --body --headers --url-parameters --uri-parameters --resource --skip-authorization-header --output-file --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --method)
                    COMPREPLY=($(compgen -W "head get put post delete options patch" -- "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -W "head get put post delete options patch" -- "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -b)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --uri-parameters)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url-parameters)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__show)
            opts="-g -l -o -h --id --connection --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__token)
            opts="-t -o -h --resource-type --resource --scope --tenant --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-type)
                    COMPREPLY=($(compgen -W "aad-graph arm batch data-lake media ms-graph oss-rdbms" -- "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tenant)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update__subcmd__postgres)
            opts="-g -l -o -h --id --connection --resource-group --location --client-type --secret --user-account --service-principal --customized-keys --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts="-g -l -o -h --id --connection --resource-group --location --client-type --secret --user-account --service-principal --customized-keys --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__validate)
            opts="-g -l -o -h --id --connection --resource-group --location --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__wait)
            opts="-g -l -o -h --id --connection --resource-group --location --created --updated --deleted --exists --custom --interval --timeout --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres)
            opts="-g -n -s -y -o -h --resource-group --name --source-id --slot --config-connstr --target-id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-connstr)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts="-g -n -s -y -o -h --resource-group --name --source-id --slot --config-connstr --target-id --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --new --skip-ungrantable --yes --no-wait --dry-run --tg --target-resource-group --server --database --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-connstr)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --new)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --target-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__delete)
            opts="-g -n -s -y -o -h --id --resource-group --name --source-id --slot --connection --yes --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help)
            opts="create update list show delete list-configuration validate wait list-support-types help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__list)
            opts="-g -n -s -o -h --resource-group --name --source-id --slot --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__configuration)
            opts="-g -n -s -o -h --id --resource-group --name --source-id --slot --connection --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts="-t -o -h --target-type --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --target-type)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud fabric-sql app-insights cognitiveservices neon-postgres mongodb-atlas" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "postgres postgres-flexible mysql mysql-flexible sql redis redis-enterprise cosmos-cassandra cosmos-gremlin cosmos-mongo cosmos-table cosmos-sql storage-blob storage-queue storage-file storage-table keyvault appconfig eventhub servicebus signalr webpubsub confluent-cloud fabric-sql app-insights cognitiveservices neon-postgres mongodb-atlas" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__show)
            opts="-g -n -s -o -h --id --resource-group --name --source-id --slot --connection --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update)
            opts="-o -h --output --query --subscription --auth-source --debug --verbose --only-show-errors --help postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help)
            opts="postgres postgres-flexible help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__help__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres)
            opts="-g -n -s -o -h --id --resource-group --name --source-id --slot --config-connstr --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-connstr)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts="-g -n -s -o -h --id --resource-group --name --source-id --slot --config-connstr --connection --client-type --system-identity --user-identity --service-principal --secret --customized-keys --vault-id --appconfig-id --connstr-props --opt-out --no-wait --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-connstr)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-type)
                    COMPREPLY=($(compgen -W "dotnet dotnet-internal java python nodejs go php ruby django springBoot none" -- "${cur}"))
                    return 0
                    ;;
                --system-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --customized-keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vault-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appconfig-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connstr-props)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opt-out)
                    COMPREPLY=($(compgen -W "auth configinfo publicnetwork" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__validate)
            opts="-g -n -s -o -h --id --resource-group --name --source-id --slot --connection --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__connection__subcmd__wait)
            opts="-g -n -s -o -h --id --resource-group --name --source-id --slot --connection --created --updated --deleted --exists --custom --interval --timeout --output --query --subscription --auth-source --debug --verbose --only-show-errors --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --slot)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-source)
                    COMPREPLY=($(compgen -W "auto cli env workload-identity managed-identity" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help)
            opts="connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection)
            opts="create update list show delete list-configuration validate wait list-support-types"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__create__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__configuration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__list__subcmd__support__subcmd__types)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update)
            opts="postgres postgres-flexible"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__update__subcmd__postgres__subcmd__flexible)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__connection__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azconn__subcmd__webapp__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _azconn -o nosort -o bashdefault -o default azconn
else
    complete -F _azconn -o bashdefault -o default azconn
fi
