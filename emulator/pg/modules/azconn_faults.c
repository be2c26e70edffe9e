/*
 * azconn_faults: statement faults for azconn-emulator's `POST /knobs/pg-faults` knob.
 *
 * Loaded through shared_preload_libraries into every emulated cluster. When a client session starts a top-level
 * statement (a utility statement at PROCESS_UTILITY_TOPLEVEL, or a plannable one outside any other statement's
 * execution), the statement's text is compared with the fault script `azconn_faults/script` in the data
 * directory, which the emulator writes (atomically, by rename). Each script line is
 *
 *     <id> TAB <action> TAB <nth> TAB <times> TAB <sqlstate> TAB <match> TAB <message>
 *
 * A statement whose text contains <match> (ASCII case-insensitive) is counted against that line in the file
 * `azconn_faults/<id>.count` under an exclusive flock, so counting is exact across backends and reconnects. The
 * matching statements nth .. nth+times-1 are hit (the first line that hits wins, every matching line counts):
 *
 * - `terminate`: the backend sends itself the SIGTERM that pg_terminate_backend() sends and processes it at
 *   once, so the client gets FATAL 57P01 "terminating connection due to administrator command", the socket
 *   closes and an open transaction rolls back, exactly as when an administrator terminates the backend;
 * - `error`: the statement fails with ERROR <sqlstate> <message> (an open transaction is then aborted);
 * - `stall`: the statement waits <message> milliseconds (interruptibly) before it runs normally.
 *
 * Sessions of superusers (the emulator's own `azuresu`) are never hit. Without a script file nothing happens.
 */
#include "postgres.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include "executor/executor.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "storage/latch.h"
#include "tcop/utility.h"
#include "utils/guc.h"
#include "utils/wait_event.h"

PG_MODULE_MAGIC;

#define SCRIPT_PATH "azconn_faults/script"
#define COUNT_DIR "azconn_faults"
#define MAX_LINE 8192
/* How long the backend waits for its own SIGTERM to be processed (in 10 ms steps) before giving up. */
#define TERMINATE_WAIT_STEPS 500

void		_PG_init(void);

static ExecutorStart_hook_type prev_ExecutorStart = NULL;
static ExecutorRun_hook_type prev_ExecutorRun = NULL;
static ExecutorFinish_hook_type prev_ExecutorFinish = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;

/* Statements being executed around the current one: 0 means a new statement is top-level. */
static int	nesting_level = 0;

/* ASCII case-insensitive substring search. */
static bool
contains_ci(const char *haystack, size_t len, const char *needle)
{
	size_t		n = strlen(needle);

	if (n == 0)
		return true;
	for (size_t i = 0; i + n <= len; i++)
	{
		size_t		j = 0;

		while (j < n && pg_ascii_tolower((unsigned char) haystack[i + j]) ==
			   pg_ascii_tolower((unsigned char) needle[j]))
			j++;
		if (j == n)
			return true;
	}
	return false;
}

/* Adds one to the counter file of fault `id` under an exclusive lock; returns the new count (0 on failure). */
static long
bump_counter(const char *id)
{
	char		path[MAXPGPATH];
	char		buf[32];
	long		count = 0;
	ssize_t		n;
	int			fd;

	snprintf(path, sizeof(path), "%s/%s.count", COUNT_DIR, id);
	fd = open(path, O_RDWR | O_CREAT, 0600);
	if (fd < 0)
		return 0;
	if (flock(fd, LOCK_EX) != 0)
	{
		close(fd);
		return 0;
	}
	n = pread(fd, buf, sizeof(buf) - 1, 0);
	if (n > 0)
	{
		buf[n] = '\0';
		count = strtol(buf, NULL, 10);
	}
	count++;
	n = snprintf(buf, sizeof(buf), "%ld\n", count);
	if (ftruncate(fd, 0) != 0 || pwrite(fd, buf, n, 0) != n)
		count = 0;
	(void) flock(fd, LOCK_UN);
	close(fd);
	return count;
}

/* What a hit does. */
typedef struct Hit
{
	bool		terminate;
	long		stall_ms;
	char		sqlstate[6];
	char		message[MAX_LINE];
} Hit;

/* Splits `line` at tabs into at most `max` fields (in place); returns the number of fields. */
static int
split_tabs(char *line, char **fields, int max)
{
	int			n = 0;
	char	   *p = line;

	while (n < max)
	{
		char	   *tab = strchr(p, '\t');

		fields[n++] = p;
		if (tab == NULL)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return n;
}

static void
terminate_self(void)
{
	/* What pg_terminate_backend(pid) does once its permission checks pass (see pg_signal_backend). */
#ifdef HAVE_SETSID
	if (kill(-MyProcPid, SIGTERM) != 0)
#endif
		(void) kill(MyProcPid, SIGTERM);
	for (int i = 0; i < TERMINATE_WAIT_STEPS; i++)
	{
		CHECK_FOR_INTERRUPTS();
		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH, 10,
						 PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INTERNAL_ERROR),
			 errmsg("azconn_faults: the backend was not terminated")));
}

/* Checks the statement `source[location .. location+len)` against the script and applies a hit. */
static void
maybe_fault(const char *source, int location, int len)
{
	FILE	   *script;
	char		line[MAX_LINE];
	const char *text;
	size_t		text_len;
	Hit			hit;
	bool		found = false;

	if (MyProcPort == NULL || session_auth_is_superuser || source == NULL)
		return;
	script = AllocateFile(SCRIPT_PATH, "r");
	if (script == NULL)
		return;
	text = source;
	text_len = strlen(source);
	if (location >= 0 && (size_t) location <= text_len)
	{
		text += location;
		text_len -= location;
		if (len > 0 && (size_t) len < text_len)
			text_len = len;
	}
	while (fgets(line, sizeof(line), script) != NULL)
	{
		char	   *fields[7];
		long		nth,
					times,
					count;

		line[strcspn(line, "\r\n")] = '\0';
		if (split_tabs(line, fields, 7) != 7)
			continue;
		if (!contains_ci(text, text_len, fields[5]))
			continue;
		count = bump_counter(fields[0]);
		nth = strtol(fields[2], NULL, 10);
		times = strtol(fields[3], NULL, 10);
		if (found || count < nth || count >= nth + times)
			continue;
		found = true;
		hit.terminate = strcmp(fields[1], "terminate") == 0;
		hit.stall_ms = strcmp(fields[1], "stall") == 0 ? strtol(fields[6], NULL, 10) : -1;
		strlcpy(hit.sqlstate, fields[4], sizeof(hit.sqlstate));
		strlcpy(hit.message, fields[6], sizeof(hit.message));
	}
	FreeFile(script);
	if (!found)
		return;
	if (hit.terminate)
		terminate_self();
	if (hit.stall_ms >= 0)
	{
		/* Waits in 10 ms steps, answering interrupts (a cancel or a termination) between them. */
		for (long waited = 0; waited < hit.stall_ms; waited += 10)
		{
			CHECK_FOR_INTERRUPTS();
			(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH, 10,
							 PG_WAIT_EXTENSION);
			ResetLatch(MyLatch);
		}
		CHECK_FOR_INTERRUPTS();
		return;
	}
	if (strlen(hit.sqlstate) != 5)
		strlcpy(hit.sqlstate, "XX000", sizeof(hit.sqlstate));
	ereport(ERROR,
			(errcode(MAKE_SQLSTATE(hit.sqlstate[0], hit.sqlstate[1], hit.sqlstate[2],
								   hit.sqlstate[3], hit.sqlstate[4])),
			 errmsg("%s", hit.message)));
}

static void
faults_ExecutorStart(QueryDesc *queryDesc, int eflags)
{
	if (nesting_level == 0)
		maybe_fault(queryDesc->sourceText, queryDesc->plannedstmt->stmt_location,
					queryDesc->plannedstmt->stmt_len);
	if (prev_ExecutorStart)
		prev_ExecutorStart(queryDesc, eflags);
	else
		standard_ExecutorStart(queryDesc, eflags);
}

static void
faults_ExecutorRun(QueryDesc *queryDesc, ScanDirection direction, uint64 count, bool execute_once)
{
	nesting_level++;
	PG_TRY();
	{
		if (prev_ExecutorRun)
			prev_ExecutorRun(queryDesc, direction, count, execute_once);
		else
			standard_ExecutorRun(queryDesc, direction, count, execute_once);
	}
	PG_FINALLY();
	{
		nesting_level--;
	}
	PG_END_TRY();
}

static void
faults_ExecutorFinish(QueryDesc *queryDesc)
{
	nesting_level++;
	PG_TRY();
	{
		if (prev_ExecutorFinish)
			prev_ExecutorFinish(queryDesc);
		else
			standard_ExecutorFinish(queryDesc);
	}
	PG_FINALLY();
	{
		nesting_level--;
	}
	PG_END_TRY();
}

static void
faults_ProcessUtility(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
					  ProcessUtilityContext context, ParamListInfo params,
					  QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc)
{
	if (context == PROCESS_UTILITY_TOPLEVEL && nesting_level == 0)
		maybe_fault(queryString, pstmt->stmt_location, pstmt->stmt_len);
	nesting_level++;
	PG_TRY();
	{
		if (prev_ProcessUtility)
			prev_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv,
								dest, qc);
		else
			standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params,
									queryEnv, dest, qc);
	}
	PG_FINALLY();
	{
		nesting_level--;
	}
	PG_END_TRY();
}

void
_PG_init(void)
{
	prev_ExecutorStart = ExecutorStart_hook;
	ExecutorStart_hook = faults_ExecutorStart;
	prev_ExecutorRun = ExecutorRun_hook;
	ExecutorRun_hook = faults_ExecutorRun;
	prev_ExecutorFinish = ExecutorFinish_hook;
	ExecutorFinish_hook = faults_ExecutorFinish;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = faults_ProcessUtility;
}
