namespace DutyLists.Web.Commands;

/// <summary>
/// The app's command-line verbs: <c>dotnet run --project src/DutyLists.Web -- create-admin &lt;name&gt;</c> and
/// <c>-- import &lt;file&gt; [--dry-run] [--json]</c>. They use the same configuration and database as the web host.
/// </summary>
public static class CommandLine
{
    private const string CreateAdmin = "create-admin";
    private const string Import = "import";
    private const string Backup = "backup";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is CreateAdmin or Import or Backup;

    /// <summary>Logs go to standard error and only warnings show, so that standard output carries just the result.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.AddFilter(level => level >= LogLevel.Warning);
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var output = Console.Out;
        var error = Console.Error;
        try
        {
            return args[0] switch
            {
                CreateAdmin => await CreateAdminCommand.RunAsync(app.Services, args[1..], Console.In, output, error),
                Backup => await BackupCommand.RunAsync(app.Services, args[1..], output, error),
                _ => await ImportCommand.RunAsync(app.Services, args[1..], output, error),
            };
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("已取消。");
            return 130;
        }
    }
}
