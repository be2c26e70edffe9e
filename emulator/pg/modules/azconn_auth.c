/*
 * azconn_auth: PostgreSQL logins that accept Microsoft Entra access tokens the way Azure Database for PostgreSQL
 * does, for azconn-emulator.
 *
 * Every TCP line of the emulator's pg_hba.conf is `hostssl … trust`, and this module's ClientAuthentication_hook
 * does the password exchange itself: it asks the client for a cleartext password (AuthenticationCleartextPassword,
 * what Azure asks for, over the TLS the hba line demands) and hands the server name, the role and the password to
 * the emulator's token check on 127.0.0.1:<azconn_auth.responder_port>. The emulator knows the signing keys, the
 * token clock, the directory and the role's Entra mapping, and answers with one letter:
 *
 *     A          accept: a valid, unexpired token for the role's identity (or a member of the role's group)
 *     P          not an Entra role: the password is checked against the role's stored password, as `password` does
 *     S<ids>     a Single Server azure_ad_user member: the token is valid; the role's stored password must be one
 *                of the token's ids (newline-separated: its object id, and an app's client id), which Single
 *                Server roles are created with as password
 *     R<reason>  refused; the reason goes to the server log only
 *
 * A refusal is PostgreSQL's own `FATAL 28P01 password authentication failed for user "…"`. Without an answer
 * (emulator gone, no port configured) the login is refused: the hba lines say trust, so this module fails closed.
 *
 * Single Server clients log in as `user@server`; with azconn_auth.strip_server_suffix on, a trailing
 * `@<azconn_auth.server_name>` is removed from the user name before anything else, as Azure's gateway does.
 */
#include "postgres.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "fmgr.h"
/*
 * libpq-be.h includes <gssapi/gssapi.h> when the server was built with GSSAPI, which Debian's
 * postgresql-server-dev-15 does not pull in (libkrb5-dev). Nothing here uses GSSAPI, and Port's layout is the same
 * without it (its `gss` member is a pointer either way), so the module is built as if GSSAPI were off.
 */
#undef ENABLE_GSS
#include "libpq/auth.h"
#include "libpq/crypt.h"
#include "libpq/hba.h"
#include "libpq/libpq.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
#include "storage/ipc.h"
#include "utils/guc.h"

PG_MODULE_MAGIC;

#ifndef PG_MAX_AUTH_TOKEN_LENGTH
#define PG_MAX_AUTH_TOKEN_LENGTH 65535
#endif
/* Upper bound of the token check's answer. */
#define MAX_ANSWER 8192
/* Seconds the token check may take to answer. */
#define ANSWER_TIMEOUT_SECS 10

void		_PG_init(void);

static ClientAuthentication_hook_type prev_client_auth = NULL;
static int	responder_port = 0;
static char *server_name = NULL;
static bool strip_server_suffix = false;

/* The client's PasswordMessage, or NULL when the client closed the connection instead. */
static char *
recv_password(void)
{
	StringInfoData buf;
	int			mtype;

	pq_startmsgread();
	mtype = pq_getbyte();
	if (mtype != 'p')
	{
		if (mtype != EOF)
			ereport(ERROR,
					(errcode(ERRCODE_PROTOCOL_VIOLATION),
					 errmsg("expected password response, got message type %d", mtype)));
		return NULL;
	}
	initStringInfo(&buf);
	if (pq_getmessage(&buf, PG_MAX_AUTH_TOKEN_LENGTH))
	{
		pfree(buf.data);
		return NULL;
	}
	if (strlen(buf.data) + 1 != (size_t) buf.len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("invalid password packet size")));
	if (buf.len == 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PASSWORD),
				 errmsg("empty password returned by client")));
	return buf.data;
}

static void
put_field(StringInfo buf, const char *text)
{
	uint32		len = (uint32) strlen(text);
	uint32		n = pg_hton32(len);

	appendBinaryStringInfo(buf, (const char *) &n, 4);
	appendBinaryStringInfo(buf, text, (int) len);
}

static void pg_attribute_noreturn()
unreachable(const char *what)
{
	ereport(FATAL,
			(errcode(ERRCODE_CONNECTION_FAILURE),
			 errmsg("could not ask azconn-emulator's token check on 127.0.0.1:%d (%s): %m",
					responder_port, what)));
}

/* Sends (server, role, password) to the emulator and reads its whole answer into `answer`. */
static void
ask(const char *role, const char *password, StringInfo answer)
{
	StringInfoData request;
	struct sockaddr_in addr;
	struct timeval timeout = {ANSWER_TIMEOUT_SECS, 0};
	int			fd;
	size_t		sent = 0;

	if (responder_port <= 0)
		ereport(FATAL,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("azconn_auth.responder_port is not set")));
	initStringInfo(&request);
	put_field(&request, server_name ? server_name : "");
	put_field(&request, role);
	put_field(&request, password);

	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0)
		unreachable("socket");
	(void) setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
	(void) setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16) responder_port);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *) &addr, sizeof(addr)) < 0)
	{
		int			save_errno = errno;

		close(fd);
		errno = save_errno;
		unreachable("connect");
	}
	while (sent < (size_t) request.len)
	{
		ssize_t		n = send(fd, request.data + sent, request.len - sent, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
		{
			int			save_errno = errno;

			close(fd);
			errno = save_errno;
			unreachable("send");
		}
		sent += (size_t) n;
	}
	(void) shutdown(fd, SHUT_WR);
	for (;;)
	{
		char		chunk[1024];
		ssize_t		n = recv(fd, chunk, sizeof(chunk), 0);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
		{
			int			save_errno = errno;

			close(fd);
			errno = save_errno;
			unreachable("recv");
		}
		if (n == 0)
			break;
		if (answer->len + n > MAX_ANSWER)
			break;
		appendBinaryStringInfo(answer, chunk, (int) n);
	}
	close(fd);
	pfree(request.data);
}

static void pg_attribute_noreturn()
refuse(Port *port, const char *detail)
{
	ereport(FATAL,
			(errcode(ERRCODE_INVALID_PASSWORD),
			 errmsg("password authentication failed for user \"%s\"", port->user_name),
			 detail ? errdetail_log("%s", detail) : 0));
}

/* Whether `password` matches the role's stored password (as the `password` method checks it). */
static bool
stored_password_is(Port *port, const char *password, const char **detail)
{
	char	   *shadow = get_role_password(port->user_name, detail);

	if (shadow == NULL)
		return false;
	return plain_crypt_verify(port->user_name, shadow, password, detail) == STATUS_OK;
}

/* Whether one of the newline-separated `ids` (modified in place) is the role's stored password. */
static bool
stored_password_is_one_of(Port *port, char *ids)
{
	char	   *next = ids;

	while (next != NULL)
	{
		char	   *id = next;
		char	   *end = strchr(id, '\n');
		const char *detail = NULL;

		if (end != NULL)
			*end = '\0';
		next = end ? end + 1 : NULL;
		if (*id != '\0' && stored_password_is(port, id, &detail))
			return true;
	}
	return false;
}

/* Removes a trailing `@<server_name>` (ASCII case-insensitive) from the user name, in place. */
static void
strip_suffix(Port *port)
{
	char	   *at;

	if (!strip_server_suffix || server_name == NULL || server_name[0] == '\0')
		return;
	at = strrchr(port->user_name, '@');
	if (at != NULL && at != port->user_name && pg_strcasecmp(at + 1, server_name) == 0)
		*at = '\0';
}

static void
azconn_client_auth(Port *port, int status)
{
	char	   *password;
	StringInfoData answer;
	const char *detail = NULL;

	if (prev_client_auth)
		prev_client_auth(port, status);
	if (status != STATUS_OK || port->hba == NULL || port->hba->auth_method != uaTrust)
		return;

	strip_suffix(port);
	sendAuthRequest(port, AUTH_REQ_PASSWORD, NULL, 0);
	password = recv_password();
	if (password == NULL)
		proc_exit(0);			/* the client went away, as PostgreSQL's own methods handle it */

	initStringInfo(&answer);
	ask(port->user_name, password, &answer);
	switch (answer.len > 0 ? answer.data[0] : '\0')
	{
		case 'A':
			break;
		case 'P':
			if (!stored_password_is(port, password, &detail))
				refuse(port, detail);
			break;
		case 'S':
			if (!stored_password_is_one_of(port, answer.data + 1))
				refuse(port, "the role was created with none of the token's ids");
			break;
		case 'R':
			refuse(port, answer.data + 1);
			break;
		default:
			refuse(port, "no answer from azconn-emulator's token check");
	}
	explicit_bzero(password, strlen(password));
	pfree(password);
	pfree(answer.data);
}

void
_PG_init(void)
{
	DefineCustomIntVariable("azconn_auth.responder_port",
							"Loopback port of azconn-emulator's token check.",
							NULL,
							&responder_port,
							0, 0, 65535,
							PGC_SIGHUP,
							0,
							NULL, NULL, NULL);
	DefineCustomStringVariable("azconn_auth.server_name",
							   "The emulated server's ARM name.",
							   NULL,
							   &server_name,
							   "",
							   PGC_SIGHUP,
							   0,
							   NULL, NULL, NULL);
	DefineCustomBoolVariable("azconn_auth.strip_server_suffix",
							 "Removes a trailing @<server name> from user names (Single Server).",
							 NULL,
							 &strip_server_suffix,
							 false,
							 PGC_SIGHUP,
							 0,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("azconn_auth");

	prev_client_auth = ClientAuthentication_hook;
	ClientAuthentication_hook = azconn_client_auth;
}
