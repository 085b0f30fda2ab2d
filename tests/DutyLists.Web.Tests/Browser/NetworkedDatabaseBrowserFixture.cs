using System.Data.Common;
using DutyLists.Data;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Browser;

/// <summary>
/// The browser fixture over a database that answers the way one across a network does: every query completes after
/// a short wait, never synchronously. SQLite in the same process usually answers at once, which hides a component's
/// render between the start of a query and its rows (a PostgreSQL server never does).
/// </summary>
public sealed class NetworkedDatabaseBrowserFixture() : BrowserFixture(new DutyListsFactory
{
    Environment = "Development",
    ExtraServices = services => services.ConfigureDbContext<DutyListsDbContext>(o => o.AddInterceptors(new NetworkDelay())),
})
{
    private sealed class NetworkDelay : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(5, cancellationToken);
            return result;
        }
    }
}
