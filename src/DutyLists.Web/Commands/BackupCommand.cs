using System.Diagnostics;
using DutyLists.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DutyLists.Web.Commands;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the SQLite database — lists, revisions, accounts and audit log — taken
/// while the app keeps running. <c>VACUUM INTO</c> reads one snapshot in a read transaction, so an import that commits
/// meanwhile is in the copy whole or not at all, and writers are not blocked (the database is in WAL mode). An existing
/// file is never overwritten. On PostgreSQL the command says to use <c>pg_dump</c> and gives the command line.
/// Exit codes: 0 done, 1 not done (the reason is printed), 2 bad arguments.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await error.WriteLineAsync("用法：backup <备份文件>（例如 backup /var/backups/dutylists/dutylists-20250701.db；不会覆盖已有文件）");
            return 2;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite())
        {
            await error.WriteLineAsync(PostgresAdvice(db.Database.GetConnectionString(), args[0]));
            return 1;
        }

        var target = Path.GetFullPath(args[0]);
        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            await error.WriteLineAsync($"无法备份：目录 {Path.GetDirectoryName(target)} 不存在。");
            return 1;
        }

        try
        {
            // Created empty and exclusively: an existing file (or one another backup creates at the same moment) is
            // refused here rather than overwritten. VACUUM INTO writes into an empty file.
            await using (new FileStream(target, FileMode.CreateNew, FileAccess.Write))
            {
            }
        }
        catch (IOException)
        {
            await error.WriteLineAsync($"无法备份：{target} 已存在。备份从不覆盖已有文件，请换一个文件名。");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.Add(new SqliteParameter("$target", target));
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception e) when (e is SqliteException or OperationCanceledException)
        {
            File.Delete(target);
            if (e is OperationCanceledException)
            {
                throw;
            }

            await error.WriteLineAsync($"无法备份：{(DatabaseErrors.IsStorageFull(e) ? "备份所在的磁盘空间不足" : e.Message)}。没有留下不完整的备份文件。");
            return 1;
        }

        var check = await IntegrityAsync(target, ct);
        if (check != "ok")
        {
            await error.WriteLineAsync($"备份文件 {target} 未通过完整性检查：{check}");
            return 1;
        }

        await output.WriteLineAsync(
            $"已备份到 {target}（{new FileInfo(target).Length / 1024.0 / 1024.0:F1} MB，用时 {clock.ElapsedMilliseconds} 毫秒，完整性检查通过）。" +
            "恢复方法见 docs/deployment.md 的“Backups”一节。");
        return 0;
    }

    /// <summary>PRAGMA integrity_check of the copy: "ok", or the first problem it names.</summary>
    private static async Task<string> IntegrityAsync(string file, CancellationToken ct)
    {
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(ct);
        await using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync(ct) ?? "no answer";
    }

    /// <summary>The pg_dump and pg_restore lines for this deployment's server and database.</summary>
    private static string PostgresAdvice(string? connectionString, string file)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var target = $"-h {server.Host ?? "localhost"} -p {server.Port} -U {server.Username ?? "postgres"}";
        var dump = file.EndsWith(".db", StringComparison.OrdinalIgnoreCase) ? file[..^3] + ".dump" : file;
        return $"""
            数据库是 PostgreSQL：请用 PostgreSQL 自带的 pg_dump 备份（应用运行时也可以，得到的是一致的快照），用 pg_restore 恢复：
              备份：pg_dump -Fc {target} -d {server.Database} -f {dump}
              恢复：pg_restore --clean --if-exists {target} -d {server.Database} {dump}
            恢复前请先停止应用。详见 docs/deployment.md 的“Backups”一节。
            """;
    }
}
