using System.Collections.Concurrent;
using DutyLists.Data.Migrations;
using DutyLists.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DutyLists.Data.Tests.Migrations;

/// <summary>
/// A new user's first start migrates an empty database; an error in its log (EF Core logs every failed command as
/// one) reads as a broken install. Neither that start nor the next may log one, on either provider: on PostgreSQL,
/// EF Core's migrator would log two failed reads of a history table not yet made.
/// </summary>
public sealed class FirstRunLogTests
{
    [Fact]
    public async Task MigratingAnEmptyDatabaseLogsNoErrorFirstOrSecondTime()
    {
        await using var database = await TemporaryDatabase.CreateEmptyAsync();
        var records = new ConcurrentQueue<LogRecord>();
        using var loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new RecordingLoggerProvider(records)));
        var options = database.Settings.Apply(new DbContextOptionsBuilder<DutyListsDbContext>()).UseLoggerFactory(loggers).Options;

        for (var start = 1; start <= 2; start++)
        {
            await using var db = new DutyListsDbContext((DbContextOptions<DutyListsDbContext>)options);
            await SchemaMigrations.MigrateAsync(db, loggers.CreateLogger("Migrations"));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        // The log was written to: an empty list here would mean the provider saw nothing, not that all went well.
        Assert.Contains(records, r => r.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        var errors = records.Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Category}: {r.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private sealed record LogRecord(string Category, LogLevel Level, string Message);

    private sealed class RecordingLoggerProvider(ConcurrentQueue<LogRecord> records) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, records);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue(new LogRecord(category, logLevel, formatter(state, exception)));
    }
}
