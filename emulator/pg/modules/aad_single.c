/*
 * aad_single: Azure Database for PostgreSQL Single Server's `aad_validate_oids_in_tenant` setting, for azconn-emulator.
 *
 * Single Server accepts `SET aad_validate_oids_in_tenant = off;` (no dot in the name), which vanilla PostgreSQL
 * rejects as an unknown parameter. Loaded through shared_preload_libraries, this module defines that setting as a
 * user-settable boolean (default on), so the statement behaves as it does on Azure. The emulator has no tenant to
 * check object ids against, so the value is recorded but changes nothing else.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

PG_MODULE_MAGIC;

static bool aad_validate_oids_in_tenant = true;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomBoolVariable("aad_validate_oids_in_tenant",
							 "Checks that the object ids given as passwords of azure_ad_user members exist in the tenant.",
							 NULL,
							 &aad_validate_oids_in_tenant,
							 true,
							 PGC_USERSET,
							 0,
							 NULL,
							 NULL,
							 NULL);
}
