-- Azure-like roles and Flexible Server's pgaadauth functions, run once (as azuresu, in database postgres) in the emulator's template cluster.
--
-- Signatures follow learn.microsoft.com "Manage Microsoft Entra roles" (pg_catalog.pgaadauth_*). Azure keeps the
-- role-to-Entra mapping in security labels; the emulator keeps it in pgaadauth.principals, keyed by the role's oid
-- so that a dropped role loses its mapping as it does on Azure. Like Azure, the functions exist only in database
-- postgres. pgaadauth.identities lists the identities the emulator issues tokens for (what Azure finds in Microsoft
-- Graph), so pgaadauth_create_principal can resolve a name. Roles have no password: azconn_auth validates the
-- client's token against the object id recorded here (see emulator/pg/modules/azconn_auth.c).

CREATE ROLE azure_pg_admin NOLOGIN;
CREATE ROLE azure_ad_user NOLOGIN;

CREATE SCHEMA pgaadauth;
REVOKE ALL ON SCHEMA pgaadauth FROM PUBLIC;

CREATE TABLE pgaadauth.principals (
    role_oid oid PRIMARY KEY,
    rolname name NOT NULL,
    object_id text NOT NULL,
    principal_type text NOT NULL CHECK (principal_type IN ('user', 'group', 'service')),
    is_mfa boolean NOT NULL DEFAULT false,
    is_admin boolean NOT NULL DEFAULT false,
    created_by name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pgaadauth.identities (
    object_id text PRIMARY KEY,
    principal_name text NOT NULL,
    principal_type text NOT NULL CHECK (principal_type IN ('user', 'group', 'service'))
);

CREATE FUNCTION pg_catalog.pgaadauth_create_principal_with_oid(roleName text, objectId text, objectType text, isAdmin boolean, isMfa boolean)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    kind text := lower(objectType);
BEGIN
    IF roleName IS NULL OR roleName = '' THEN
        RAISE EXCEPTION 'roleName must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF objectId IS NULL OR objectId = '' THEN
        RAISE EXCEPTION 'objectId must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kind IS NULL OR kind NOT IN ('user', 'group', 'service') THEN
        RAISE EXCEPTION 'objectType "%" is not valid: expected user, group or service', objectType
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = roleName) THEN
        RAISE EXCEPTION 'role "%" already exists', roleName USING ERRCODE = 'duplicate_object';
    END IF;

    IF coalesce(isAdmin, false) THEN
        EXECUTE format('CREATE ROLE %I LOGIN CREATEROLE CREATEDB IN ROLE azure_pg_admin', roleName);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN', roleName);
    END IF;

    DELETE FROM pgaadauth.principals WHERE rolname = roleName;
    INSERT INTO pgaadauth.principals (role_oid, rolname, object_id, principal_type, is_mfa, is_admin, created_by)
        SELECT oid, rolname, objectId, kind, coalesce(isMfa, false), coalesce(isAdmin, false), session_user
        FROM pg_roles WHERE rolname = roleName;

    RETURN format('Created role for "%s"', roleName);
END
$fn$;

CREATE FUNCTION pg_catalog.pgaadauth_create_principal(roleName text, isAdmin boolean, isMfa boolean)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    who pgaadauth.identities;
BEGIN
    -- Azure resolves the name in Microsoft Graph (UPN for users, display name otherwise); the emulator resolves it
    -- among the identities it knows.
    SELECT * INTO who FROM pgaadauth.identities WHERE lower(principal_name) = lower(roleName) LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'could not find a Microsoft Entra principal named "%" in the tenant', roleName
            USING ERRCODE = 'undefined_object';
    END IF;
    RETURN pg_catalog.pgaadauth_create_principal_with_oid(roleName, who.object_id, who.principal_type, isAdmin, isMfa);
END
$fn$;

CREATE FUNCTION pg_catalog.pgaadauth_list_principals(isAdminValue boolean)
RETURNS TABLE(rolename name, principalType text, objectId text, tenantId text, isMfa integer, isAdmin integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT r.rolname, p.principal_type, p.object_id, current_setting('pgaadauth.tenant_id', true),
           p.is_mfa::integer, p.is_admin::integer
    FROM pgaadauth.principals p JOIN pg_roles r ON r.oid = p.role_oid
    WHERE NOT coalesce(isAdminValue, false) OR p.is_admin
    ORDER BY r.rolname
$fn$;

REVOKE ALL ON FUNCTION pg_catalog.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION pg_catalog.pgaadauth_create_principal(text, boolean, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION pg_catalog.pgaadauth_list_principals(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pg_catalog.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) TO azure_pg_admin;
GRANT EXECUTE ON FUNCTION pg_catalog.pgaadauth_create_principal(text, boolean, boolean) TO azure_pg_admin;
GRANT EXECUTE ON FUNCTION pg_catalog.pgaadauth_list_principals(boolean) TO azure_pg_admin;
