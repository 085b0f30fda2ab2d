using DutyLists.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Tests that change the database: each test gets an app, and a database, of its own.</summary>
public abstract class FreshAppTests : IDisposable
{
    protected DutyListsFactory App { get; } = new();

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Reads the app's database directly, to check what was (or was not) stored.</summary>
    protected async Task<T> QueryAsync<T>(Func<DutyListsDbContext, Task<T>> query)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    protected Task<int> CountRevisionsAsync() => QueryAsync(db => db.Revisions.CountAsync());
}
