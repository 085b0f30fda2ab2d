using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DutyLists.Data;

/// <summary>
/// Tells the database errors of a write apart: a lost race with another writer is a conflict the user can retry
/// (<see cref="RevisionConflictException"/>); a full disk or data the database refuses is not, and is said as such
/// (<see cref="ListNotSavedException"/>).
/// </summary>
public static class DatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;

    /// <summary>
    /// A failure of the database itself: EF Core's save error, the provider's exception, or either wrapped by the
    /// execution strategy (Npgsql's marks a disk_full or a serialization failure as transient and wraps it in an
    /// <see cref="InvalidOperationException"/>).
    /// </summary>
    public static bool IsDatabaseError(Exception e) => e is DbUpdateException || Find(e) is not null;

    /// <summary>
    /// Another writer got there first: the concurrency token moved (the township's current revision), a unique key was
    /// taken (the revision number, the township), a referenced row went away (a department merged), or the database
    /// gave up waiting for, or broke, a lock.
    /// </summary>
    public static bool IsConflict(Exception e) => e is DbUpdateConcurrencyException || e.InnerException is DbUpdateConcurrencyException || Find(e) switch
    {
        SqliteException s => s.SqliteErrorCode is SqliteBusy or SqliteLocked
            || s.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique or SqliteConstraintForeignKey,
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        _ => false,
    };

    /// <summary>SQLite's SQLITE_FULL or SQLITE_IOERR, PostgreSQL's disk_full (53100) or any of its class 53, insufficient resources.</summary>
    public static bool IsStorageFull(Exception e) => Find(e) switch
    {
        SqliteException s => s.SqliteErrorCode is SqliteFull or SqliteIoError,
        PostgresException p => p.SqlState.StartsWith("53", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// What the user is told when a change to <paramref name="townshipName"/>'s list could not be saved and
    /// <see cref="IsConflict"/> is false: the cause in Chinese, and that nothing was saved.
    /// </summary>
    public static ListNotSavedException NotSaved(string? townshipName, Exception e)
    {
        var what = townshipName is null ? "本次更改" : $"{townshipName}的清单";
        if (IsStorageFull(e))
        {
            var cause = Find(e) is SqliteException { SqliteErrorCode: SqliteIoError } ? "无法写入数据库文件（磁盘可能已满）" : "磁盘空间不足，数据库已满";
            return new ListNotSavedException($"{cause}：{what}未保存，数据库没有任何变化。请管理员释放磁盘空间后重试。", storageFull: true, e);
        }

        return new ListNotSavedException($"数据库拒绝了这些数据，{what}未保存，数据库没有任何变化：{Reason(e)}", storageFull: false, e);
    }

    /// <summary>The message for any exception that is a database refusal (wrapped or not); null for other errors.</summary>
    public static string? Describe(Exception e) => e switch
    {
        ListNotSavedException or RevisionConflictException => e.Message,
        _ when IsStorageFull(e) => NotSaved(null, e).Message,
        _ => e.InnerException is { } inner ? Describe(inner) : null,
    };

    private static string Reason(Exception e) => Find(e) switch
    {
        PostgresException { SqlState: PostgresErrorCodes.StringDataRightTruncation } p => $"某项内容超过了数据库列的长度上限（{p.MessageText}）",
        PostgresException { SqlState: PostgresErrorCodes.NotNullViolation } p => $"{p.TableName}.{p.ColumnName} 不能为空",
        PostgresException { SqlState: PostgresErrorCodes.CheckViolation } p => $"不符合约束 {p.ConstraintName}",
        PostgresException p => $"{p.MessageText}（SQLSTATE {p.SqlState}）",
        SqliteException s => s.Message,
        DbException d => d.Message,
        _ => e.Message,
    };

    /// <summary>The database's own exception inside EF Core's wrapping, if any.</summary>
    private static DbException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException db)
            {
                return db;
            }
        }

        return null;
    }
}
